package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The digits in a real browser: a stroke drawn on the pad becomes an 8x8 preview and ten bars, updated as it goes;
 * the digits' view passes axe and scrolls nothing sideways on a phone.
 */
class DigitsBrowserTest extends PlaygroundPageTest {

    /** The digits preset picked, its settings on the page, and the speed slider at "as fast as it goes". */
    static void pickDigitsAtFullSpeed(Page page) {
        page.click("#dataset-preset");
        page.click("vaadin-select-item:has-text('Handwritten digits')");
        page.waitForFunction("() => document.getElementById('dataset-source')?.textContent.includes('Alpaydin')");
        BrowserSupport.moveSpeedSlider(page, null);
        page.waitForFunction("() => document.getElementById('speed-text').textContent.includes('fast')");
    }

    /** The digits preset picked and trained with its settings, the results on the page. */
    static Page trainedDigits(Page page) {
        pickDigitsAtFullSpeed(page);
        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-summary').textContent.includes('on test rows')",
                null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        page.waitForSelector("#draw-digit canvas.pad");
        return page;
    }

    private static List<?> bars(Page page) {
        return (List<?>) page.evaluate("() => [...document.getElementById('draw-digit').shadowRoot"
                + ".querySelectorAll('.fill')].map(f => f.style.width)");
    }

    /** How many of the preview's canvas pixels are darker than mid-grey (drawn ink). */
    private static long darkPreviewPixels(Page page) {
        return ((Number) page.evaluate("""
                () => {
                  const c = document.getElementById('draw-digit').shadowRoot.querySelector('canvas.preview');
                  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let dark = 0;
                  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 128) dark++;
                  return dark;
                }""")).longValue();
    }

    @Test
    void a_stroke_drawn_on_the_pad_shows_as_an_8x8_preview_and_ten_bars_that_change_while_drawing() {
        Page page = trainedDigits(openPlayground());
        page.locator("#draw-digit").scrollIntoViewIfNeeded();
        assertThat(page.evaluate("() => document.getElementById('draw-digit').probabilities.length")).isEqualTo(0);
        assertThat(darkPreviewPixels(page)).isZero();
        BoundingBox pad = page.locator("#draw-digit canvas.pad").boundingBox();

        page.mouse().move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.15);
        page.mouse().down();
        page.mouse().move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.5, new Mouse.MoveOptions().setSteps(8));
        page.waitForFunction("() => document.getElementById('draw-digit').probabilities.length === 10");
        List<?> whileDrawing = bars(page);
        page.mouse().move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.85, new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();

        page.waitForFunction("() => document.getElementById('draw-digit').pixels.length === 64");
        assertThat(whileDrawing).as("bars while the mouse was still down").hasSize(10);
        assertThat(darkPreviewPixels(page)).as("the 8x8 preview shows ink").isPositive();
        List<?> afterOne = bars(page);

        page.mouse().move(pad.x + pad.width * 0.25, pad.y + pad.height * 0.2);
        page.mouse().down();
        page.mouse().move(pad.x + pad.width * 0.75, pad.y + pad.height * 0.2, new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
        page.waitForFunction("before => { const s = [...document.getElementById('draw-digit').shadowRoot"
                + ".querySelectorAll('.fill')].map(f => f.style.width); return s.join() !== before; }",
                String.join(",", afterOne.stream().map(String::valueOf).toList()));
        assertThat(bars(page)).as("a second stroke changes what the network reads").isNotEqualTo(afterOne);
        BrowserSupport.screenshot(page, "digits-drawn");

        page.click("#draw-clear");
        page.waitForFunction("() => document.getElementById('draw-digit').pixels.length === 0");
        assertThat(darkPreviewPixels(page)).isZero();
        assertThat(page.evaluate("() => document.getElementById('draw-digit').strokeCount")).isEqualTo(0);
    }

    /** A stroke down the middle of the pad, drawn with the mouse. */
    private static void strokeDown(Page page) {
        page.evaluate("() => document.getElementById('draw-digit').scrollIntoView({block: 'center'})");
        BoundingBox pad = page.locator("#draw-digit canvas.pad").boundingBox();
        page.mouse().move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.15);
        page.mouse().down();
        page.mouse().move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.85, new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
        page.waitForFunction("() => document.getElementById('draw-digit').pixels.length === 64");
    }

    @Test
    void axe_finds_nothing_critical_or_serious_on_the_digits_with_their_pictures_and_a_drawing() throws IOException {
        Page page = trainedDigits(openPlayground());
        page.waitForSelector("#dataset-grid digit-image");
        page.waitForSelector("#predictions digit-image");
        page.waitForSelector("#mistakes digit-image");
        strokeDown(page);

        assertThat(TrustBrowserTest.seriousFindings(page)).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) page.evaluate("() => [...document.getElementById('draw-digit').shadowRoot"
                + ".querySelectorAll('[role=listitem]')].map(b => b.getAttribute('aria-label'))");
        assertThat(said).as("each bar's value as text for a screen reader").hasSize(10)
                .allMatch(s -> s.matches("\\d: \\d{1,3}(\\.\\d)? %"));
    }

    @Test
    void on_a_phone_the_digits_scroll_nothing_sideways_and_a_finger_draws_on_the_pad() {
        Page page = openPlayground();
        page.setViewportSize(390, 844);
        trainedDigits(page);
        page.locator("#draw-digit").scrollIntoViewIfNeeded();

        assertThat(page.evaluate("() => getComputedStyle(document.getElementById('draw-digit').shadowRoot"
                + ".querySelector('canvas.pad')).touchAction")).as("the pad takes the finger, not the page").isEqualTo("none");
        BoundingBox pad = page.locator("#draw-digit canvas.pad").boundingBox();
        assertThat(pad.x).isGreaterThanOrEqualTo(0);
        assertThat(pad.x + pad.width).isLessThanOrEqualTo(390);
        strokeDown(page);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        BrowserSupport.screenshot(page, "digits-phone");
    }
}
