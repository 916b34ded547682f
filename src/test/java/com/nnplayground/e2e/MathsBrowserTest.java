package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only a browser shows of the maths: KaTeX typesets it (no raw TeX on screen), and the gradient check's errors. */
class MathsBrowserTest extends PlaygroundPageTest {

    @Test
    void the_maths_is_typeset_and_the_gradient_check_shows_errors_under_one_in_a_million() {
        Page page = openPlayground();
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
    }

    /** The text a reader sees (KaTeX's HTML, not the MathML copy for screen readers) holds no TeX commands. */
    private static void assertVisibleTextIsTypeset(Page page) {
        String visible = (String) page.evaluate("() => [...document.querySelectorAll('#equations .katex-html,"
                + " #equations .maths-caption')].map(e => e.innerText).join('\\n')");
        assertThat(visible).isNotBlank().doesNotContain("\\frac", "\\text", "^{(", "\\begin", "\\delta", "\\sigma");
    }
}
