package com.nnplayground.load;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The student who tries the worst files issue 17 found, one after another on one page, for as long as asked: an
 * experiment file of 10,000 columns, one of 60,000 rows, the largest CSV the old limits allowed (10,000 x 200), a
 * target of 10,000 labels, the same CSV pasted, a CSV over the upload limit, and a 10,000-row run through eight
 * layers of 256. Between two tries a small valid file, so that every answer shows as a change on the page. Records
 * what the page said to each.
 */
final class WorstUploads {
    private static final Page.WaitForFunctionOptions PATIENT = new Page.WaitForFunctionOptions().setTimeout(120_000);

    private final Path dir;
    /** What the page said to each try, the first time, and how often each was tried. */
    final Map<String, String> answers = new LinkedHashMap<>();
    final Map<String, Integer> tries = new LinkedHashMap<>();

    WorstUploads(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Files.writeString(dir.resolve("small.csv"), csv(20, 3, false));
        Files.writeString(dir.resolve("rows-10000.csv"), csv(10_000, 3, false));
        Files.writeString(dir.resolve("biggest.csv"), csv(10_000, 200, false));
        Files.writeString(dir.resolve("labels.csv"), csv(10_000, 3, true));
        Files.writeString(dir.resolve("over-5mb.csv"), csv(60_000, 50, false));
        Files.writeString(dir.resolve("small.json"), experiment(20, 3));
        Files.writeString(dir.resolve("wide.json"), experiment(20, 10_000));
        Files.writeString(dir.resolve("tall.json"), experiment(60_000, 3));
    }

    /** {@code rows} x {@code columns} small numbers, the last column the target (0/1, or a label of its own per row). */
    private static String csv(int rows, int columns, boolean labels) {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            csv.append(c == columns - 1 ? "y\n" : "x" + c + ",");
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns - 1; c++) {
                csv.append((r + c) % 10).append(',');
            }
            csv.append(labels ? "id" + r : Integer.toString(r % 2)).append('\n');
        }
        return csv.toString();
    }

    private static String experiment(int rows, int columns) {
        StringBuilder json = new StringBuilder("{\"dataset\":{\"columns\":[");
        for (int c = 0; c < columns; c++) {
            json.append(c == 0 ? "" : ",").append("\"c").append(c).append('"');
        }
        json.append("],\"rows\":[");
        for (int r = 0; r < rows; r++) {
            json.append(r == 0 ? "[" : ",[");
            for (int c = 0; c < columns; c++) {
                json.append(c == 0 ? "" : ",").append(c == columns - 1 ? r % 2 : (r + c) % 10);
            }
            json.append(']');
        }
        return json.append("]}}").toString();
    }

    /** Tries everything again and again on {@code page} until {@code stop}; every try must get an answer. */
    void run(Page page, AtomicBoolean stop) {
        page.setDefaultTimeout(120_000);
        while (!stop.get()) {
            tryOnce(page, "experiment file of 10,000 columns x 20 rows", "experiment-problem",
                    p -> upload(p, "experiment-open", "wide.json"), p -> upload(p, "experiment-open", "small.json"));
            tryOnce(page, "experiment file of 60,000 rows", "experiment-problem",
                    p -> upload(p, "experiment-open", "tall.json"), p -> upload(p, "experiment-open", "small.json"));
            tryOnce(page, "CSV of 10,000 rows x 200 columns (3.9 MB)", "dataset-error",
                    p -> upload(p, "csv-upload", "biggest.csv"), p -> upload(p, "csv-upload", "small.csv"));
            tryOnce(page, "CSV whose target has 10,000 labels", "dataset-error",
                    p -> upload(p, "csv-upload", "labels.csv"), p -> upload(p, "csv-upload", "small.csv"));
            tryOnce(page, "the same 10,000 x 200 CSV pasted", "dataset-error", this::pasteBiggest,
                    p -> upload(p, "csv-upload", "small.csv"));
            tryOnce(page, "CSV over the 5 MB upload limit", "dataset-error",
                    p -> upload(p, "csv-upload", "over-5mb.csv"), p -> upload(p, "csv-upload", "small.csv"));
            if (!tries.containsKey("run of 10,000 rows through 8 layers of 256")) {
                tryOnce(page, "run of 10,000 rows through 8 layers of 256", "training-status", this::hugeRun, p -> {
                });
            }
        }
    }

    /** {@code act} must change the text of {@code answerId}; {@code reset} brings the page back to a small file. */
    private void tryOnce(Page page, String what, String answerId, Consumer<Page> act, Consumer<Page> reset) {
        String before = page.textContent("#" + answerId);
        act.accept(page);
        page.waitForFunction("([id, before]) => document.getElementById(id).textContent !== before",
                new Object[] {answerId, before}, PATIENT);
        answers.putIfAbsent(what, page.textContent("#" + answerId));
        tries.merge(what, 1, Integer::sum);
        reset.accept(page);
        page.waitForTimeout(200);
    }

    private void upload(Page page, String uploadId, String file) {
        page.setInputFiles("#" + uploadId + " input[type=file]", dir.resolve(file));
    }

    private void pasteBiggest(Page page) {
        try {
            if (!page.isVisible("#csv-paste")) {
                page.click("vaadin-details-summary");
            }
            page.locator("#csv-paste textarea").fill(Files.readString(dir.resolve("biggest.csv")));
            page.click("#csv-apply");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void hugeRun(Page page) {
        upload(page, "csv-upload", "rows-10000.csv");
        page.waitForFunction("() => document.getElementById('dataset-notes').textContent.includes('10,000 rows')",
                null, PATIENT);
        page.locator("#hidden-layers vaadin-text-field input").first().fill("256");
        page.locator("#hidden-layers vaadin-text-field input").first().press("Enter");
        for (int i = 0; i < 7; i++) {
            page.locator("#hidden-layers vaadin-button").first().click();
        }
        page.click("#train");
    }
}
