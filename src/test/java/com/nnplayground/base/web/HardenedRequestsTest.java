package com.nnplayground.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a script gets from the server when it does not behave like a browser: security headers on everything,
 * one line in the log per message no browser sends (not an 8 KB stack trace), and a message too big refused unread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HardenedRequestsTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        // a fresh development-mode server answers "starting" (x-devmodepending) while it loads its frontend bundle
        long deadline = System.currentTimeMillis() + 120_000;
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        while (answer.headers().firstValue("x-devmodepending").isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        return answer;
    }

    private HttpResponse<String> post(String path, String cookie, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/icons/icon.svg", "/ping")) {
            var headers = get(path, null).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                            "connect-src 'self' ws://localhost:" + port + " wss://localhost:" + port));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
        assertThat(get("/ping", null).statusCode()).isEqualTo(204);
    }

    @Test
    void a_host_header_that_is_not_a_host_gets_no_websocket_source() {
        assertThat(SecurityHeaders.policy("evil.example; script-src *")).contains("connect-src 'self';")
                .doesNotContain("evil");
        assertThat(SecurityHeaders.policy("[::1]:8080")).contains("ws://[::1]:8080");
    }

    @Test
    void each_malformed_message_to_a_page_is_one_line_in_the_log(CapturedOutput output) throws Exception {
        HttpResponse<String> page = get("/", null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        JsonNode init = JsonMapper.builder().build().readTree(get("/?v-r=init&location=&query=", cookie).body());
        String key = init.get("appConfig").get("uidl").get("Vaadin-Security-Key").asString();
        List<String> garbage = List.of("garbage{{", "[1,2", "{\"rpc\":\"x\"}",
                "{\"csrfToken\":\"" + key + "\",\"rpc\":\"x\",\"syncId\":0,\"clientId\":0}",
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":\"a\",\"clientId\":0}");
        int before = output.getOut().length();
        for (String body : garbage) {
            post("/?v-r=uidl&v-uiId=0", cookie, body);
        }
        String log = output.getOut().substring(before);
        assertThat(log.lines().filter(l -> l.contains("Malformed message to a page from 127.0.0.1 ignored")))
                .hasSize(garbage.size());
        assertThat(log).doesNotContain("\tat ").doesNotContain("Unexpected error on a page");
        assertThat(log.length()).isLessThan(garbage.size() * 400);
    }

    @Test
    void a_message_to_a_page_bigger_than_the_largest_paste_is_refused_unread(CapturedOutput output) throws Exception {
        String cookie = get("/", null).headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        // only the headers go: the server must answer from the announced length, before a byte of the body
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                    + "\r\nContent-Type: application/json\r\nContent-Length: 17825792\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).isEqualTo("HTTP/1.1 413 ");
        }
        assertThat(output.getOut()).contains("A message of 17825792 bytes from 127.0.0.1 to a page was refused");
    }
}
