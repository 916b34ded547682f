package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What only a browser shows of the maths: KaTeX typesets it in its own fonts (no raw TeX on screen) under the
 * Content-Security-Policy the app is to serve, and the gradient check's errors.
 */
class MathsBrowserTest extends PlaygroundPageTest {

    /**
     * The policy of the security-headers change (as strict as Vaadin Flow allows): fonts and styles from the app
     * itself, no other site. The page here gets it from the test, so that KaTeX is checked under it already.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws://localhost:%1$d; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    @Test
    void the_maths_is_typeset_and_the_gradient_check_shows_errors_under_one_in_a_million() {
        Page page = browser.newPage();
        // A document the test fulfils itself has no address to Chromium's local network access checks, which then
        // block its push WebSocket to localhost; the app's own responses are not affected.
        page.context().grantPermissions(List.of("local-network-access"));
        page.addInitScript("window.cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");
        page.route(url("/"), route -> {
            APIResponse response = route.fetch();
            Map<String, String> headers = new HashMap<>(response.headers());
            headers.put("content-security-policy", String.format(POLICY, port));
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
        });
        page.navigate(url("/"));
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(FIRST_LOAD_MILLIS));
        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-summary').textContent.includes('Final loss')");
        page.waitForFunction("() => document.querySelectorAll('#equations .katex').length > 5");

        assertThat(page.locator("#equations .katex-error").count()).as("TeX KaTeX could not read").isZero();
        assertThat(page.locator("#equations .katex-html").count()).isPositive();
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('#equations .katex')).fontFamily"))
                .asString().contains("KaTeX_Main");
        assertThat(page.evaluate("() => document.fonts.check('20px KaTeX_Main')")).isEqualTo(true);
        assertVisibleTextIsTypeset(page);

        page.click("#maths-next");
        page.click("#maths-next");
        page.waitForFunction("() => document.getElementById('equations').textContent.includes('training rows')");
        assertThat(page.locator("#equations .katex-error").count()).isZero();
        assertVisibleTextIsTypeset(page);

        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'#gradient-check [data-relative-error]')].map(e => e.getAttribute('data-relative-error'))");
        assertThat(errors).hasSize(6);
        for (String error : errors) {
            assertThat(Double.parseDouble(error)).isLessThan(1e-6);
        }
        assertThat(page.textContent("#gradient-check")).contains("6 of 6 agree", "× 10⁻");
        assertThat(page.evaluate("() => window.cspViolations")).asList().as("blocked by the policy").isEmpty();
        assertThat(page.evaluate("() => performance.getEntriesByType('resource').filter(e => e.name.includes('KaTeX'))"
                + ".every(e => e.name.startsWith(location.origin))")).as("KaTeX's fonts come from the app").isEqualTo(true);
        BrowserSupport.screenshot(page, "maths-backward");

        page.evaluate("() => { new Image().src = 'http://127.0.0.2:9/elsewhere.png'; }");
        page.waitForFunction("() => window.cspViolations.length > 0");
        assertThat(page.evaluate("() => window.cspViolations[0]")).as("the policy is in force on this page")
                .asString().startsWith("img-src");
    }

    /** The text a reader sees (KaTeX's HTML, not the MathML copy for screen readers) holds no TeX commands. */
    private static void assertVisibleTextIsTypeset(Page page) {
        String visible = (String) page.evaluate("() => [...document.querySelectorAll('#equations .katex-html,"
                + " #equations .maths-caption')].map(e => e.innerText).join('\\n')");
        assertThat(visible).isNotBlank().doesNotContain("\\frac", "\\text", "^{(", "\\begin", "\\delta", "\\sigma");
    }
}
