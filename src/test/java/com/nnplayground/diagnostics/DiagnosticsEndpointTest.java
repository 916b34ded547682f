package com.nnplayground.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /diagnostics exists only when asked for, and then tells what a load test reads. */
class DiagnosticsEndpointTest {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class By_default {
        @Autowired
        TestRestTemplate http;

        @Autowired
        ApplicationContext context;

        @Test
        void there_is_no_diagnostics_endpoint() {
            assertThat(context.getBeansOfType(DiagnosticsController.class)).isEmpty();
            // Vaadin answers every unknown path with its page (200, HTML), never with the JSON
            ResponseEntity<String> response = http.getForEntity("/diagnostics", String.class);
            assertThat(response.getHeaders().getContentType()).isNotEqualTo(MediaType.APPLICATION_JSON);
            assertThat(response.getBody()).doesNotContain("heapUsedBytes");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "playground.diagnostics.enabled=true")
    class When_enabled {
        @Autowired
        TestRestTemplate http;

        @Test
        void it_reports_heap_runs_threads_and_sessions_as_json() {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = http.getForObject("/diagnostics", Map.class);
            assertThat(((Number) body.get("heapUsedBytes")).longValue()).isPositive();
            assertThat(body).containsEntry("activeRuns", 0).containsKeys("trainingThreads", "trainingThreadsBusy",
                    "queuedSlices", "sessionCount", "heapMaxBytes");
        }
    }
}
