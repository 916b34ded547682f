package com.nnplayground.load;

import com.microsoft.playwright.Page;
import com.nnplayground.e2e.BrowserSupport;
import java.util.Map;

/**
 * Timings taken inside the page, on the browser's own clock, so that polling from the test adds nothing:
 * when Train was clicked, when the first chart point arrived, when the run's outcome was shown, and how
 * many chart updates (pushes) came. Installed once per page, after the view is up.
 */
final class Probe {
    private static final String INSTALL = """
            () => {
              const chart = document.getElementById('loss-chart');
              const status = document.getElementById('training-status');
              const probe = window.__probe = { pushes: [], click: null, first: null, done: null };
              for (const name of ['appendPoints', 'setPoints']) {
                const original = chart[name].bind(chart);
                chart[name] = (...args) => {
                  const now = performance.now();
                  probe.pushes.push(now);
                  if (probe.click !== null && probe.first === null && args[0].length > 0) probe.first = now;
                  return original(...args);
                };
              }
              document.getElementById('train').addEventListener('click', () => {
                Object.assign(probe, { click: performance.now(), first: null, done: null, pushes: [] });
              }, true);
              new MutationObserver(() => {
                if (probe.click !== null && probe.done === null && /^(Trained|Stopped)/.test(status.textContent)) {
                  probe.done = performance.now();
                }
              }).observe(status, { childList: true, characterData: true, subtree: true });
              const desc = (o => { while (o && !Object.getOwnPropertyDescriptor(o, 'logScale')) o = Object.getPrototypeOf(o);
                                   return Object.getOwnPropertyDescriptor(o, 'logScale'); })(chart);
              Object.defineProperty(chart, 'logScale', { configurable: true,
                get() { return desc.get.call(this); },
                set(v) { desc.set.call(this, v); if (window.__logScaleSet) window.__logScaleSet(v); } });
            }""";

    private Probe() {
    }

    static void install(Page page) {
        page.evaluate(INSTALL);
    }

    /** Sets the iterations field and commits it (the field sends its value on change). */
    static void setIterations(Page page, int iterations) {
        page.locator("#iterations input").fill(Integer.toString(iterations));
        page.locator("#iterations input").press("Enter");
    }

    /**
     * Moves the speed slider to its right end, as fast as the server goes: the rounds measure the server's
     * throughput, and a preset's suggested pace (the seed's 200 iterations a second) would measure the pace.
     */
    static void setFullSpeed(Page page) {
        BrowserSupport.moveSpeedSlider(page, null);
        page.waitForFunction("() => document.getElementById('speed-text').textContent === 'as fast as it goes'");
    }

    /** Clicks Train from inside the page at the given epoch millisecond, so many pages press at once. */
    static void clickTrainAt(Page page, long epochMillis) {
        page.evaluate("at => setTimeout(() => document.getElementById('train').click(), at - Date.now())", (double) epochMillis);
    }

    /** click, first, done: performance.now() in ms or null; pushes: the times of chart updates. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Page page) {
        return (Map<String, Object>) page.evaluate("() => window.__probe");
    }

    /** Presses Train, waits for the first chart point, presses Stop and waits for the outcome; returns the first point's delay. */
    static double trainAndStopAfterFirstPoint(Page page) {
        page.click("#train");
        page.waitForFunction("() => window.__probe.first !== null");
        double first = firstPointMillis(read(page));
        page.click("#stop");
        page.waitForFunction("() => window.__probe.done !== null");
        return first;
    }

    static double firstPointMillis(Map<String, Object> probe) {
        return number(probe, "first") - number(probe, "click");
    }

    static double wallMillis(Map<String, Object> probe) {
        return number(probe, "done") - number(probe, "click");
    }

    static boolean done(Page page) {
        return (Boolean) page.evaluate("() => window.__probe.done !== null");
    }

    /**
     * One server round trip: toggles the chart's "Log scale" checkbox (client to server) and times until the
     * server's answer sets the chart's logScale property (server to client).
     */
    static double logScaleRoundTripMillis(Page page) {
        return ((Number) page.evaluate("""
                () => new Promise(resolve => {
                  const box = [...document.querySelectorAll('vaadin-checkbox')].find(c => c.label === 'Log scale');
                  const t0 = performance.now();
                  window.__logScaleSet = () => { window.__logScaleSet = null; resolve(performance.now() - t0); };
                  box.click();
                })""")).doubleValue();
    }

    private static double number(Map<String, Object> probe, String key) {
        Object value = probe.get(key);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
