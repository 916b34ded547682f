package com.nnplayground.e2e;

import com.microsoft.playwright.Page;
import com.nnplayground.Application;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the digits preset takes to reach its test accuracy in the app, as a teacher sees it: a fresh page in
 * Chromium picks "Handwritten digits", moves the speed slider to "as fast as it goes" and presses Train; the page
 * itself notes (performance.now(), a MutationObserver) when the status says the run has ended and when the summary
 * shows the test rows' accuracy. Each round is a new page and a new session; the figures are medians over the rounds
 * after the first (a fresh JVM compiles its code during the first), which is printed apart.
 *
 * <p>Run: {@code bench/digits-in-the-app.sh [ROUNDS] [URL]}: without a URL the app starts in this JVM (development
 * mode with the committed dev bundle, as {@code ./mvnw spring-boot:run} serves it) on a free port.
 */
public final class DigitsInTheAppBench {
    private static final String WATCH = """
            () => {
              const t0 = performance.now();
              window.__digits = {};
              const status = document.getElementById('training-status');
              const summary = document.getElementById('training-summary');
              const note = () => {
                if (!window.__digits.trained && status.textContent.startsWith('Trained')) {
                  window.__digits.trained = performance.now() - t0;
                }
                if (!window.__digits.shown && summary.textContent.includes('on test rows')) {
                  window.__digits.shown = performance.now() - t0;
                  window.__digits.summary = summary.textContent;
                }
              };
              const observer = new MutationObserver(note);
              for (const e of [status, summary]) {
                observer.observe(e, {childList: true, characterData: true, subtree: true});
              }
              document.getElementById('train').click();
            }""";

    private DigitsInTheAppBench() {
    }

    private record Round(double trainedMillis, double shownMillis, String accuracy) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ConfigurableApplicationContext app = null;
        String url;
        if (args.length > 1) {
            url = args[1];
        } else {
            app = SpringApplication.run(Application.class, "--server.port=0",
                    "--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false");
            url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/";
        }
        List<Round> measured = new ArrayList<>();
        try (BrowserSupport browser = BrowserSupport.launch()) {
            for (int r = 0; r < rounds; r++) {
                Round round = round(browser, url);
                measured.add(round);
                System.out.printf(Locale.ROOT, "round %d: run ended %.0f ms after Train, test accuracy shown %.0f ms"
                        + " after Train (%s)%n", r + 1, round.trainedMillis(), round.shownMillis(), round.accuracy());
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
        List<Round> warm = measured.size() > 1 ? measured.subList(1, measured.size()) : measured;
        System.out.printf(Locale.ROOT, "first round: run ended %.0f ms, accuracy shown %.0f ms after Train%n",
                measured.getFirst().trainedMillis(), measured.getFirst().shownMillis());
        System.out.printf(Locale.ROOT, "median of rounds 2-%d: run ended %.0f ms, accuracy shown %.0f ms after Train%n",
                measured.size(), median(warm.stream().mapToDouble(Round::trainedMillis).toArray()),
                median(warm.stream().mapToDouble(Round::shownMillis).toArray()));
    }

    private static Round round(BrowserSupport browser, String url) {
        Page page = browser.newPage();
        try {
            page.navigate(url);
            page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(180_000));
            DigitsBrowserTest.pickDigitsAtFullSpeed(page);
            page.evaluate(WATCH);
            page.waitForFunction("() => window.__digits.trained && window.__digits.shown", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            @SuppressWarnings("unchecked")
            Map<String, Object> times = (Map<String, Object>) page.evaluate("() => window.__digits");
            String summary = (String) times.get("summary");
            String accuracy = summary.substring(summary.indexOf("accuracy"));
            return new Round(((Number) times.get("trained")).doubleValue(), ((Number) times.get("shown")).doubleValue(),
                    accuracy);
        } finally {
            page.context().close();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
