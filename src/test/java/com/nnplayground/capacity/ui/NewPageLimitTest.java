package com.nnplayground.capacity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.capacity.PageRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Past the new-page limit of an address (4 here) a script gets the plain "server is full" page and the server builds
 * nothing. The start time is long here, so that the script's pages are all still waiting for a browser however
 * slowly a busy machine builds them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "playground.limits.page-start-seconds=600", "playground.limits.max-new-pages-per-address=4"})
class NewPageLimitTest {
    @LocalServerPort
    int port;

    @Autowired
    PageRegistry registry;

    @Test
    void past_the_new_page_limit_of_an_address_a_script_gets_the_plain_server_full_page() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(ScriptedPage.open(port)).isEqualTo(200);
        }
        int sessions = registry.sessionCount();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(refused.body()).contains("The server is full, try again in a minute")
                    .doesNotContain("Exception").doesNotContain("Whitelabel");
            assertThat(refused.headers().firstValue("Set-Cookie")).as("no session made for it").isEmpty();
        }
        assertThat(registry.sessionCount()).isEqualTo(sessions);
    }
}
