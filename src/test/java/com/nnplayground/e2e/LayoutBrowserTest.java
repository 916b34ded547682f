package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a class sees on a projector, a wide screen and a phone, without scrolling. */
class LayoutBrowserTest extends PlaygroundPageTest {
    private static final List<String> IN_FRONT = List.of("train", "pause", "step", "step-ten", "speed", "diagram-area",
            "map-area", "loss-chart");

    private Page open(int width, int height) {
        Page page = browser.newPage();
        page.setViewportSize(width, height);
        page.navigate(url("/"));
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(FIRST_LOAD_MILLIS));
        page.waitForTimeout(500);
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Page page, String id) {
        return (Map<String, Number>) page.evaluate("id => { const r = document.getElementById(id).getBoundingClientRect();"
                + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height}; }", id);
    }

    private static void assertInView(Page page, int width, int height, List<String> ids) {
        for (String id : ids) {
            Map<String, Number> b = box(page, id);
            assertThat(b.get("width").doubleValue()).as("%s has a size", id).isPositive();
            assertThat(b.get("left").doubleValue()).as("%s left", id).isGreaterThanOrEqualTo(0);
            assertThat(b.get("top").doubleValue()).as("%s top", id).isGreaterThanOrEqualTo(0);
            assertThat(b.get("right").doubleValue()).as("%s right", id).isLessThanOrEqualTo(width);
            assertThat(b.get("bottom").doubleValue()).as("%s bottom", id).isLessThanOrEqualTo(height);
        }
    }

    private static double scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
    }

    @Test
    void at_1280x720_the_controls_and_the_three_pictures_show_without_scrolling_and_settings_follow_or_go_beside() {
        Page page = open(1280, 720);
        assertInView(page, 1280, 720, IN_FRONT);
        Map<String, Number> diagram = box(page, "diagram-area");
        assertThat(diagram.get("width").doubleValue()).as("a picture for a class").isGreaterThan(350);
        assertThat(diagram.get("height").doubleValue()).isCloseTo(diagram.get("width").doubleValue(),
                org.assertj.core.data.Offset.offset(2.0));
        assertThat(page.isVisible("#learning-rate")).as("the settings are never hidden").isTrue();
        assertThat(box(page, "settings-panel").get("top").doubleValue()).as("the settings follow the pictures")
                .isGreaterThanOrEqualTo(diagram.get("bottom").doubleValue());
        assertThat(box(page, "settings-panel").get("left").doubleValue()).isLessThan(50);

        page.click("#settings-toggle");
        page.waitForFunction("() => document.getElementById('settings-panel').getBoundingClientRect().top < 100");
        assertInView(page, 1280, 720, IN_FRONT);
        assertInView(page, 1280, 720, List.of("settings-toggle"));
        assertThat(page.isVisible("#learning-rate")).isTrue();
        assertThat(box(page, "settings-panel").get("right").doubleValue()).as("beside the pictures")
                .isLessThanOrEqualTo(box(page, "diagram-area").get("left").doubleValue());
        BrowserSupport.screenshot(page, "layout-1280-settings");
        page.click("#train");
        page.waitForFunction("() => document.getElementById('loss-chart').pointCount > 300");
        assertInView(page, 1280, 720, IN_FRONT);
        assertThat(scrollWidth(page)).isLessThanOrEqualTo(1280);
        page.context().close();
    }

    @Test
    void at_1920x1080_the_pictures_use_the_width_beside_the_open_settings() {
        Page page = open(1920, 1080);
        assertInView(page, 1920, 1080, IN_FRONT);
        assertThat(box(page, "settings-panel").get("right").doubleValue()).as("a wide screen has room for the settings"
                + " beside the pictures").isLessThanOrEqualTo(box(page, "diagram-area").get("left").doubleValue());
        assertThat(page.isVisible("#learning-rate")).isTrue();
        assertThat(box(page, "diagram-area").get("width").doubleValue()).isGreaterThan(420);
        BrowserSupport.screenshot(page, "layout-1920");
        page.context().close();
    }

    @Test
    void on_a_phone_nothing_scrolls_sideways_and_train_is_on_the_first_screen() {
        Page page = open(390, 844);
        assertThat(scrollWidth(page)).isLessThanOrEqualTo(390);
        assertInView(page, 390, 844, List.of("train", "pause", "step", "speed"));
        assertThat(page.isVisible("#learning-rate")).as("the settings are there, below the pictures").isTrue();
        BrowserSupport.screenshot(page, "layout-phone");
        page.context().close();
    }
}
