package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's own CSV through the real upload: proposals accepted as they are, trained, read off the page. */
class OwnDataBrowserTest extends PlaygroundPageTest {

    @TempDir
    Path dir;

    /** Three separable clusters in four numeric inputs, labelled with text, with a header row. */
    private Path threeClusters() throws IOException {
        Random random = new Random(11);
        String[] labels = {"north", "south", "east"};
        double[][] centres = {{1, 8, 3, 0.5}, {4, 2, 6, 2.5}, {8, 5, 1, 4}};
        StringBuilder csv = new StringBuilder("a,b,c,d,region\r\n");
        for (int r = 0; r < 120; r++) {
            int k = r % 3;
            for (double centre : centres[k]) {
                csv.append(String.format("%.3f,", centre + 0.6 * random.nextGaussian()));
            }
            csv.append(labels[k]).append("\r\n");
        }
        Path file = dir.resolve("regions.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void an_uploaded_csv_with_three_text_classes_trains_to_high_accuracy() throws IOException {
        Page page = openPlayground();

        page.setInputFiles("#csv-upload input[type=file]", threeClusters());
        page.waitForFunction("() => document.getElementById('dataset-notes').textContent.includes('class labels')");
        assertThat(page.textContent("#dataset-notes")).contains("Column 'region' is text: used as class labels.");
        List<String> firstRow = BrowserSupport.gridRows(page, "dataset-grid").get(0);
        assertThat(firstRow.subList(0, 5)).element(4).isEqualTo("north");
        assertThat(page.textContent("#training-summary")).contains("Not trained yet");

        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-summary').textContent.includes('Final loss')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        String summary = page.textContent("#training-summary");
        Matcher accuracy = Pattern.compile("accuracy ([0-9.]+) %").matcher(summary);
        assertThat(accuracy.find()).as(summary).isTrue();
        assertThat(Double.parseDouble(accuracy.group(1))).isGreaterThanOrEqualTo(90.0);
        assertThat(page.isVisible("#confusion-matrix")).isTrue();
        BrowserSupport.screenshot(page, "own-data-trained");
    }

    @Test
    void html_in_column_names_and_class_labels_is_shown_as_text_everywhere() {
        Page page = openPlayground();
        String evilColumn = "<img src=x onerror=\"window.__xss=1\">";
        String evilLabel = "<b onmouseover=\"window.__xss=2\">bold</b>";
        StringBuilder csv = new StringBuilder("\"" + evilColumn.replace("\"", "\"\"") + "\",label\n");
        for (int r = 0; r < 20; r++) {
            csv.append(r % 2 == 0 ? "0.1," : "0.9,").append(r % 2 == 0 ? "\"" + evilLabel.replace("\"", "\"\"") + "\"" : "plain")
                    .append('\n');
        }
        page.click("vaadin-details-summary");
        page.locator("#csv-paste textarea").fill(csv.toString());
        page.click("#csv-apply");
        page.waitForFunction("() => document.getElementById('dataset-notes').textContent.includes('class labels')");
        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-summary').textContent.includes('Final loss')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));

        assertThat(page.evaluate("() => window.__xss")).isNull();
        assertThat(page.evaluate("() => document.querySelectorAll('img[src=x], b[onmouseover]').length")).isEqualTo(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => c.textContent.includes('<img src=x'))")).isEqualTo(true);
        assertThat(BrowserSupport.gridRows(page, "confusion-matrix").get(0).get(0)).isEqualTo(evilLabel);
        BrowserSupport.screenshot(page, "html-as-text");
    }
}
