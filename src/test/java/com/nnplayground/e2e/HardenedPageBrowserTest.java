package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page under its security headers, in a real browser: the Content-Security-Policy lets Vaadin and our components
 * work (no violation on the first open, while training, on an upload), and uploads over Spring's default 1 MB reach
 * the app, whose own checks answer: the page's own (raw) upload, a multipart one, an experiment file.
 */
class HardenedPageBrowserTest extends PlaygroundPageTest {
    private static final String RECORD_VIOLATIONS = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '')));""";

    @TempDir
    Path dir;

    /** A fresh page that records every CSP violation from its first byte on; the console's complaints too. */
    private Page openRecording(List<String> console, List<String> headers) {
        Page page = browser.newPage();
        page.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                console.add(message.text());
            }
        });
        Response response = page.navigate("http://localhost:" + port + "/");
        headers.add(response.headers().getOrDefault("content-security-policy", ""));
        headers.add(response.headers().getOrDefault("x-frame-options", ""));
        headers.add(response.headers().getOrDefault("x-content-type-options", ""));
        headers.add(response.headers().getOrDefault("referrer-policy", ""));
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(180_000));
        return page;
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.__csp");
    }

    /** {@code rows} rows of {@code inputs} numbers and a 0/1 target: about 6 bytes a cell. */
    private Path csv(String name, int rows, int inputs) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < inputs; c++) {
            csv.append('x').append(c).append(',');
        }
        csv.append("y\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < inputs; c++) {
                csv.append(String.format(Locale.ROOT, "%.3f,", ((r * 31 + c * 17) % 1000) / 1000.0));
            }
            csv.append(r % 2).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void the_policy_lets_the_page_open_train_and_upload_without_a_single_violation() throws IOException {
        List<String> console = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        Page page = openRecording(console, headers);
        assertThat(headers.get(0)).contains("default-src 'self'").contains("frame-ancestors 'self'")
                .contains("object-src 'none'");
        assertThat(headers.subList(1, 4)).containsExactly("SAMEORIGIN", "nosniff", "same-origin");
        assertThat(violations(page)).as("on first open").isEmpty();

        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Trained')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertThat(violations(page)).as("while training").isEmpty();

        page.setInputFiles("#csv-upload input[type=file]", csv("small.csv", 50, 3));
        page.waitForFunction("() => document.getElementById('dataset-notes').textContent.includes('50 rows')");
        assertThat(violations(page)).as("on upload").isEmpty();
        assertThat(console).isEmpty();
    }

    @Test
    void a_csv_of_several_megabytes_reaches_the_app_and_is_read() throws IOException {
        Path file = csv("wide.csv", 9000, 50);
        assertThat(Files.size(file)).isBetween(2L << 20, 5L << 20);
        Page page = openPlayground();
        page.setInputFiles("#csv-upload input[type=file]", file);
        page.waitForFunction("() => document.getElementById('dataset-notes').textContent.includes('9,000 rows')"
                + " || document.getElementById('dataset-error').textContent.length > 0",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertThat(page.textContent("#dataset-error")).isEmpty();
        assertThat(page.textContent("#dataset-notes")).contains("9,000 rows, 51 columns");
    }

    @Test
    void a_multipart_upload_of_several_megabytes_reaches_the_app_too() throws IOException {
        Path file = csv("multipart.csv", 9000, 50);
        Page page = openPlayground();
        String target = (String) page.evaluate("() => document.querySelector('#csv-upload').target");
        APIResponse response = page.request().post(new java.net.URL(new java.net.URL(page.url()), target).toString(),
                RequestOptions.create().setMultipart(FormData.create().set("file", new FilePayload("multipart.csv",
                        "text/csv", Files.readAllBytes(file)))));
        assertThat(response.status()).as("Spring's default limit (1 MB) answered 413").isEqualTo(200);
        page.waitForFunction("() => document.getElementById('dataset-notes').textContent.includes('9,000 rows')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    @Test
    void an_experiment_file_of_several_megabytes_gets_the_apps_own_answer() throws IOException {
        StringBuilder json = new StringBuilder("{\"dataset\":{\"columns\":[\"a\",\"b\",\"y\"],\"rows\":[");
        for (int r = 0; r < 300_000; r++) {
            json.append(r == 0 ? "" : ",").append("[0.25,0.5,").append(r % 2).append(']');
        }
        json.append("]}}");
        Path file = dir.resolve("huge.json");
        Files.writeString(file, json);
        assertThat(Files.size(file)).isBetween(3L << 20, 8L << 20);
        Page page = openPlayground();
        page.setInputFiles("#experiment-open input[type=file]", file);
        page.waitForFunction("() => document.getElementById('experiment-problem').textContent.length > 0",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertThat(page.textContent("#experiment-problem"))
                .isEqualTo("'huge.json' cannot be opened: dataset.rows: 300,000 data rows; the limit is 10,000");
    }
}
