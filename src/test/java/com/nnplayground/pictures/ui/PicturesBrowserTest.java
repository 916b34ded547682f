package com.nnplayground.pictures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.nnplayground.e2e.BrowserSupport;
import com.nnplayground.e2e.PlaygroundPageTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two pictures in a real headless Chromium: what only a browser shows (the drawing itself). */
class PicturesBrowserTest extends PlaygroundPageTest {
    private static final String DIAGRAM = "document.getElementById('network-diagram').shadowRoot";
    private static final String WEIGHT_LINES = DIAGRAM + ".querySelectorAll('line.weight')";

    private Page page;

    @BeforeEach
    void openThePlayground() {
        page = openPlayground();
    }

    private void choosePreset(String label) {
        page.click("#dataset-preset");
        page.click("vaadin-select-item:has-text(\"" + label + "\")");
    }

    /** Keeps the output map's pixels in the page, to compare with later ones. */
    private void rememberMapPixels() {
        page.evaluate("""
                () => {
                  const canvas = document.getElementById('output-map').shadowRoot.querySelector('canvas');
                  window.mapBefore = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                }""");
    }

    /** How many of the output map's pixels differ from the remembered ones. */
    private long changedMapPixels() {
        return ((Number) page.evaluate("""
                () => {
                  const canvas = document.getElementById('output-map').shadowRoot.querySelector('canvas');
                  const now = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  if (now.length !== window.mapBefore.length) return -1;
                  let changed = 0;
                  for (let i = 0; i < now.length; i += 4) {
                    if (Math.abs(now[i] - window.mapBefore[i]) + Math.abs(now[i + 1] - window.mapBefore[i + 1])
                        + Math.abs(now[i + 2] - window.mapBefore[i + 2]) > 30) changed++;
                  }
                  return changed;
                }""")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> lineWidths() {
        return (List<String>) page.evaluate("() => [..." + WEIGHT_LINES + "].map(l => l.getAttribute('stroke-width'))");
    }

    @Test
    void training_circles_changes_the_output_map_and_the_diagram_draws_one_line_per_weight_whose_widths_change() {
        choosePreset("Circles");
        // circles: 2 inputs, 8 tanh neurons, 1 output: 2 x 8 + 8 x 1 weights
        page.waitForFunction("() => " + WEIGHT_LINES + ".length === 24 && "
                + "document.getElementById('output-map').outputCells.length > 0");
        page.waitForTimeout(300);
        rememberMapPixels();
        List<String> before = lineWidths();
        long canvasPixels = ((Number) page.evaluate("() => { const c = document.getElementById('output-map')"
                + ".shadowRoot.querySelector('canvas'); return c.width * c.height; }")).longValue();
        BrowserSupport.screenshot(page, "pictures-circles-before");

        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Trained')");
        page.waitForFunction("() => document.getElementById('output-map').status.startsWith('After')");
        page.waitForTimeout(300);

        assertThat(page.evaluate("() => " + WEIGHT_LINES + ".length")).isEqualTo(24);
        List<String> after = lineWidths();
        long changedWidths = java.util.stream.IntStream.range(0, 24).filter(i -> !before.get(i).equals(after.get(i))).count();
        assertThat(changedWidths).as("lines whose width changed").isGreaterThanOrEqualTo(12);
        assertThat(changedMapPixels()).as("output map pixels changed by training").isGreaterThan(canvasPixels / 10);
        assertThat(page.getAttribute("#output-map >> canvas", "aria-label")).contains("The network predicts");
        BrowserSupport.screenshot(page, "pictures-circles-after");
    }

    @Test
    void hovering_a_line_says_its_weight_and_the_picture_has_a_text_alternative() {
        page.waitForFunction("() => " + WEIGHT_LINES + ".length === 16");
        assertThat((String) page.evaluate("() => " + DIAGRAM + ".querySelector('[role=img]').getAttribute('aria-label')"))
                .startsWith("Network 3-4-1, no biases: inputs x1, x2, x3");
        @SuppressWarnings("unchecked")
        List<Number> middle = (List<Number>) page.evaluate("() => { const line = " + WEIGHT_LINES + "[0];"
                + " const box = document.getElementById('network-diagram').getBoundingClientRect();"
                + " return [box.left + (+line.getAttribute('x1') + +line.getAttribute('x2')) / 2,"
                + " box.top + (+line.getAttribute('y1') + +line.getAttribute('y2')) / 2]; }");

        page.mouse().move(middle.get(0).doubleValue(), middle.get(1).doubleValue());

        page.waitForFunction("() => " + DIAGRAM + ".querySelector('text.readout').textContent.includes('w = ')");
        assertThat((String) page.evaluate("() => " + DIAGRAM + ".querySelector('text.readout').textContent"))
                .matches("W¹, x1 → neuron \\d of hidden 1: w = −?\\d\\.\\d+");
    }

    /** The labels that stick out of the drawing (left of 0 or right of its width), as text:left:right. */
    @SuppressWarnings("unchecked")
    private List<String> labelsOutside() {
        return (List<String>) page.evaluate("() => { const svg = " + DIAGRAM + ".querySelector('svg');"
                + " const width = svg.viewBox.baseVal.width;"
                + " return [...svg.querySelectorAll('text[text-anchor]')].map(t => [t.textContent, t.getBBox()])"
                + ".filter(([, b]) => b.x < 0 || b.x + b.width > width)"
                + ".map(([text, b]) => text + ':' + b.x.toFixed(1) + ':' + (b.x + b.width).toFixed(1)); }");
    }

    /** How far the neurons and their labels reach below the top of the legend (negative: they end above it). */
    private double overlapWithTheLegend() {
        return ((Number) page.evaluate("() => { const svg = " + DIAGRAM + ".querySelector('svg');"
                + " const boxes = [...svg.querySelectorAll('rect.neuron, text[text-anchor]')].map(e => e.getBBox());"
                + " return Math.max(...boxes.map(b => b.y + b.height)) - svg.querySelector('g.legend').getBBox().y; }"))
                .doubleValue();
    }

    /** The output map's inked pixels in its last 3 columns, beside the legend (its bottom 80 rows): text cut at the edge. */
    private long mapInkAtTheRightEdgeOfTheLegend() {
        return ((Number) page.evaluate("""
                () => {
                  const canvas = document.getElementById('output-map').shadowRoot.querySelector('canvas');
                  const w = canvas.width, h = canvas.height, strip = Math.round(3 * w / canvas.clientWidth);
                  const rows = Math.round(80 * h / canvas.clientHeight);
                  const data = canvas.getContext('2d').getImageData(w - strip, h - rows, strip, rows).data;
                  let ink = 0;
                  for (let i = 0; i < data.length; i += 4) {
                    if (data[i] + data[i + 1] + data[i + 2] < 600) ink++;
                  }
                  return ink;
                }""")).longValue();
    }

    @Test
    void wine_fits_its_pictures_long_names_shortened_above_the_legends_and_the_readout_keeps_the_weight_whole() {
        choosePreset("Wine");
        page.waitForFunction("() => " + DIAGRAM + ".querySelectorAll('text[text-anchor=end]').length === 13");
        page.waitForTimeout(300);

        assertThat(labelsOutside()).isEmpty();
        assertThat(overlapWithTheLegend()).as("13 inputs over a legend of three lines").isNegative();
        assertThat(mapInkAtTheRightEdgeOfTheLegend()).as("the map's legend, 'cultivar = class_2' last").isZero();
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) page.evaluate("() => [..." + DIAGRAM
                + ".querySelectorAll('text[text-anchor=end]')].map(t => t.textContent)");
        assertThat(names).contains("alcohol", "proline").anyMatch(n -> n.endsWith("…"));
        // the readout of a weight from the longest name: the neuron it goes to and the weight are whole
        assertThat(hoverALineFrom("nonflavanoid phenols"))
                .matches("W¹, nonflavanoid [a-z]*…? → neuron \\d of hidden 1: w = −?\\d\\.\\d+");

        page.setViewportSize(390, 800);
        page.waitForTimeout(500);
        assertThat(labelsOutside()).isEmpty();
        assertThat(overlapWithTheLegend()).isNegative();
        assertThat(mapInkAtTheRightEdgeOfTheLegend()).isZero();

        String readout = hoverALineFrom("nonflavanoid phenols");
        assertThat(readout).matches("W¹, nonfla[a-z ]*… → neuron \\d of hidden 1: w = −?\\d\\.\\d+");
        assertThat(labelsOutside()).isEmpty();
        assertThat((Boolean) page.evaluate("() => { const svg = " + DIAGRAM + ".querySelector('svg');"
                + " const b = svg.querySelector('text.readout').getBBox();"
                + " return b.x >= 0 && b.x + b.width <= svg.viewBox.baseVal.width; }")).as("the readout fits").isTrue();
        BrowserSupport.screenshot(page, "pictures-wine-phone");
    }

    /** Hovers the first layer's lines near their start until one from this input is read out; that readout. */
    private String hoverALineFrom(String input) {
        page.locator("#network-diagram").scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        List<List<Number>> starts = (List<List<Number>>) page.evaluate("() => { const box ="
                + " document.getElementById('network-diagram').getBoundingClientRect();"
                + " return [..." + WEIGHT_LINES + "].map(l => [box.left + 0.8 * +l.getAttribute('x1') + 0.2 * +l.getAttribute('x2'),"
                + " box.top + 0.8 * +l.getAttribute('y1') + 0.2 * +l.getAttribute('y2')]); }");
        String prefix = "W¹, " + input.substring(0, 6);
        for (List<Number> point : starts) {
            page.mouse().move(point.get(0).doubleValue(), point.get(1).doubleValue());
            String readout = (String) page.evaluate("() => " + DIAGRAM + ".querySelector('text.readout').textContent");
            if (readout.startsWith(prefix)) {
                return readout;
            }
        }
        throw new AssertionError("no line from " + input + " was read out");
    }

    @Test
    void what_is_not_drawn_of_the_digits_network_is_said_in_full_on_two_lines_under_it() {
        choosePreset("Handwritten digits");
        page.waitForFunction("() => " + DIAGRAM + ".querySelectorAll('text.readout').length === 2");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) page.evaluate("() => [..." + DIAGRAM + ".querySelectorAll('text.readout')]"
                + ".map(t => t.textContent)");

        assertThat(String.join(" ", lines)).startsWith("Drawn: the first 16 of the 64 neurons of the inputs. Drawn: the"
                + " first 16 of the 32 neurons of the hidden 1 layer.");
        assertThat(lines.get(0)).doesNotContain("…");
        assertThat((Boolean) page.evaluate("() => { const svg = " + DIAGRAM + ".querySelector('svg');"
                + " return [...svg.querySelectorAll('text.readout')].every(t => t.getBBox().x + t.getBBox().width"
                + " <= svg.viewBox.baseVal.width); }")).as("both lines fit").isTrue();
        assertThat(overlapWithTheLegend()).isNegative();
        BrowserSupport.screenshot(page, "pictures-digits");
    }
}
