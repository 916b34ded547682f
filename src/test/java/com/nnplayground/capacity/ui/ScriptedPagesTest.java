package com.nnplayground.capacity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.PageRegistry;
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

/**
 * What issue 17 found a script could do: fetch the page and send it one navigate message, without a browser, 15
 * times a second, each time building a full page that lived for the 30-minute session timeout. Here such pages go
 * once the start time (5 s here) has passed without a browser connecting, their sessions after them (the new-page
 * limit: {@link NewPageLimitTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "playground.limits.page-start-seconds=5")
class ScriptedPagesTest {
    @LocalServerPort
    int port;

    @Autowired
    PageRegistry registry;

    @Autowired
    MemoryBudget budget;

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
        long lastOpened = 0;
        for (int i = 0; i < 3; i++) {
            lastOpened = System.currentTimeMillis();
            assertThat(ScriptedPage.open(port)).isEqualTo(200);
            assertThat(registry.pageCount()).as("the page just built is held").isPositive();
            assertThat(budget.held()).as("and holds its memory").isGreaterThanOrEqualTo(1L << 20);
        }

        await("the scripted pages to close", () -> registry.pageCount() == 0, 20_000);
        assertThat(System.currentTimeMillis() - lastOpened).as("the last one not before the start time")
                .isGreaterThanOrEqualTo(5000);
        await("their sessions to close", () -> registry.sessionCount() == 0, 20_000);
        assertThat(budget.held()).isZero();
    }
}
