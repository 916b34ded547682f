package com.nnplayground.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** /diagnostics exists only when asked for, and then tells what a load test reads. */
class DiagnosticsEndpointTest {

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class By_default {
        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void there_is_no_diagnostics_endpoint() throws Exception {
            assertThat(context.getBeansOfType(DiagnosticsController.class)).isEmpty();
            // Vaadin answers every unknown path with its page (200, HTML), never with the JSON
            HttpResponse<String> response = get(port, "/diagnostics");
            assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotContain("application/json");
            assertThat(response.body()).doesNotContain("heapUsedBytes");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "playground.diagnostics.enabled=true")
    class When_enabled {
        @LocalServerPort
        int port;

        @Test
        void it_reports_heap_runs_threads_and_sessions_as_json() throws Exception {
            HttpResponse<String> response = get(port, "/diagnostics");
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            @SuppressWarnings("unchecked")
            Map<String, Object> body = JsonMapper.builder().build().readValue(response.body(), Map.class);
            assertThat(((Number) body.get("heapUsedBytes")).longValue()).isPositive();
            assertThat(body).containsEntry("activeRuns", 0).containsKeys("trainingThreads", "trainingThreadsBusy",
                    "queuedSlices", "sessionCount", "heapMaxBytes");
        }
    }
}
