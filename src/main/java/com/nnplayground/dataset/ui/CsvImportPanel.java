package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.CsvImport;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.ImportedTable;
import com.nnplayground.dataset.TableSize;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bring your own data: upload a .csv/.tsv/.txt file, or paste CSV text (from a spreadsheet) and apply it. The text
 * of an applied paste is cleared: the table holds it now, and the server would otherwise keep it twice.
 */
public class CsvImportPanel extends Composite<VerticalLayout> implements HasEnabled {
    private static final Logger log = LoggerFactory.getLogger(CsvImportPanel.class);

    final Upload upload;
    final TextArea paste = new TextArea("Paste CSV");
    final Button apply = new Button("Use pasted data");

    private final ImportLimits limits;
    private final Consumer<TableSize> beforeParse;
    private final BiConsumer<Dataset, List<String>> onImported;
    private final Consumer<String> onProblem;

    /**
     * @param beforeParse refuses (with a {@link DatasetException}) a table the page cannot hold, from its size alone;
     *                    called on the upload's thread too
     */
    public CsvImportPanel(ImportLimits limits, Consumer<TableSize> beforeParse,
                          BiConsumer<Dataset, List<String>> onImported, Consumer<String> onProblem) {
        this.limits = limits;
        this.beforeParse = beforeParse;
        this.onImported = onImported;
        this.onProblem = onProblem;
        upload = new Upload(this::receive);
        upload.setId("csv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", "text/csv", "text/plain", "text/tab-separated-values");
        upload.setDropLabel(new Span("Drop a CSV file here (comma, semicolon or tab separated)"));
        upload.addFileRejectedListener(e -> onProblem.accept("'" + e.getFileName() + "' was not uploaded: "
                + e.getErrorMessage() + " (files up to " + String.format("%.1f MB", limits.maxBytes() / 1048576.0)
                + " of .csv, .tsv or .txt)."));
        paste.setId("csv-paste");
        paste.setWidthFull();
        paste.setPlaceholder("x1,x2,y\n0,0,0\n0,1,1\n...");
        paste.setMaxLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        paste.setHeight("8em");
        apply.setId("csv-apply");
        apply.addClickListener(e -> importText(paste.getValue()));
        VerticalLayout pasteForm = new VerticalLayout(paste, apply);
        pasteForm.setPadding(false);
        pasteForm.setWidthFull();
        Details pasteBox = new Details("…or paste CSV text", pasteForm);
        pasteBox.setWidthFull();
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(upload, pasteBox);
    }

    void importText(String text) {
        try {
            ImportedTable table = parse(text == null ? "" : text);
            onImported.accept(table.dataset(), table.notes());
            paste.clear();
        } catch (DatasetException e) {
            onProblem.accept(e.getMessage());
        }
    }

    private ImportedTable parse(String text) {
        beforeParse.accept(CsvImport.size(text));
        return CsvImport.read(text, limits);
    }

    /** Runs on the upload request's thread, without the session lock: read (bounded) and parse, then show. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        String name = event.getFileName();
        Runnable result;
        try {
            CsvImport.checkSize(event.getFileSize(), limits);
            ImportedTable table = parse(CsvImport.text(readAtMost(event.getInputStream(), limits.maxBytes()), limits));
            result = () -> {
                onImported.accept(table.dataset(), table.notes());
                upload.clearFileList();
            };
        } catch (DatasetException e) {
            result = () -> onProblem.accept("'" + name + "': " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("Upload of '{}' failed", name, e);
            result = () -> onProblem.accept("The upload of '" + name + "' broke off before the end. Try again.");
        }
        ui.access(result::run);
    }

    /** Reads the stream, refusing it as soon as it passes the limit: memory stays bounded whatever the client says. */
    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            CsvImport.checkSize(bytes.length, new ImportLimits(maxBytes, Integer.MAX_VALUE, Integer.MAX_VALUE));
            return bytes;
        }
    }
}
