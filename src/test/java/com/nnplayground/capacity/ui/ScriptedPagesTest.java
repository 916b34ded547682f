package com.nnplayground.capacity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.PageRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What issue 17 found a script could do: fetch the page and send it one navigate message, without a browser, 15
 * times a second, each time building a full page that lived for the 30-minute session timeout. Here such pages go
 * once the start time (2 s here) has passed without a browser connecting, their sessions after them; past the
 * new-page limit of an address the script gets the plain "server is full" page and the server builds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "playground.limits.page-start-seconds=2", "playground.limits.max-new-pages-per-address=4"})
class ScriptedPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PageRegistry registry;

    @Autowired
    MemoryBudget budget;

    /** A page as a script opens it: the HTML, Vaadin's start request, one navigate message; its own cookies. */
    private int openScriptedPage() throws Exception {
        String base = "http://localhost:" + port + "/";
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                return page.statusCode();
            }
            JsonNode init = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query="))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("appConfig");
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                    .formatted(init.get("uidl").get("Vaadin-Security-Key").asString());
            HttpResponse<String> built = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId="
                            + init.get("v-uiId").asInt())).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(built.body()).as("the whole playground was built").contains("loss-chart");
            return built.statusCode();
        }
    }

    private static void await(String what, BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited %d ms for %s", millis, what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @BeforeEach
    void noPagesLeft() throws InterruptedException {
        await("the pages of the test before to go", () -> registry.pageCount() == 0 && registry.sessionCount() == 0,
                20_000);
    }

    @Test
    void pages_no_browser_connects_to_are_closed_after_the_start_time_and_their_sessions_after_them() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(openScriptedPage()).isEqualTo(200);
        }
        assertThat(registry.pageCount()).isEqualTo(3);
        assertThat(budget.held()).as("each page holds its memory").isGreaterThanOrEqualTo(3L << 20);
        long opened = System.currentTimeMillis();

        await("the scripted pages to close", () -> registry.pageCount() == 0, 10_000);
        assertThat(System.currentTimeMillis() - opened).as("not before the start time").isGreaterThanOrEqualTo(1500);
        await("their sessions to close", () -> registry.sessionCount() == 0, 10_000);
        assertThat(budget.held()).isZero();
    }

    @Test
    void past_the_new_page_limit_of_an_address_a_script_gets_the_plain_server_full_page() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(openScriptedPage()).isEqualTo(200);
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
