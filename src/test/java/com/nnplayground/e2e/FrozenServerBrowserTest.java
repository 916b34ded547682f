package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.servlet.Filter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * A server that stops answering without closing its connections (a long pause, a machine swapping, a process
 * stopped): Vaadin notices a server that went, not this one. Frozen here by holding every request until thawed;
 * the page must say so within about 10 s, and stop saying so once the server answers again.
 */
class FrozenServerBrowserTest extends PlaygroundPageTest {
    static final AtomicBoolean FROZEN = new AtomicBoolean();

    @TestConfiguration
    static class Freezer {
        @Bean
        FilterRegistrationBean<Filter> freezer() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (FROZEN.get() && System.nanoTime() < until) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    @Test
    void a_page_says_within_ten_seconds_that_its_server_stopped_answering_and_goes_on_when_it_answers() {
        Page page = openPlayground();
        page.waitForTimeout(1000);
        assertThat(page.isVisible("#server-not-answering")).isFalse();

        FROZEN.set(true);
        long frozenAt = System.nanoTime();
        try {
            page.waitForSelector("#server-not-answering", new Page.WaitForSelectorOptions().setTimeout(20_000));
            double seconds = (System.nanoTime() - frozenAt) / 1e9;
            assertThat(seconds).as("seconds until the page said so").isLessThanOrEqualTo(11);
            assertThat(page.textContent("#server-not-answering")).startsWith("The server is not answering.");
            BrowserSupport.screenshot(page, "frozen-server");
            page.waitForTimeout(5000);
        } finally {
            FROZEN.set(false);
        }
        page.waitForSelector("#server-not-answering", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(20_000));
        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Trained')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
    }
}
