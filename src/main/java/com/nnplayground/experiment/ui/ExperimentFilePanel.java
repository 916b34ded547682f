package com.nnplayground.experiment.ui;

import com.nnplayground.dataset.DatasetException;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.ExperimentJson;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Save the whole experiment (data, preparation, network, training) as the JSON file the command line runs,
 * and open such a file again: the same file gives the same run, on the page or with {@code train}.
 */
public class ExperimentFilePanel extends Composite<VerticalLayout> {
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    final Anchor save;
    final Upload open;
    final Div problem = new Div();
    /** What the page's address holds: the whole experiment, or (data too long for a link) all but the data. */
    final Div linkNote = new Div();

    private final Consumer<Experiment> onOpened;

    public ExperimentFilePanel(Supplier<Experiment> current, Consumer<Experiment> onOpened) {
        this.onOpened = onOpened;
        save = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = ExperimentJson.write(current.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "experiment.json", "application/json", json.length);
        }), AttachmentType.DOWNLOAD, "Save experiment (JSON)");
        save.setId("experiment-save");
        open = new Upload(this::receive);
        open.setId("experiment-open");
        open.setMaxFiles(1);
        open.setMaxFileSize(MAX_FILE_BYTES);
        open.setAcceptedFileTypes(".json", "application/json");
        open.setDropLabel(new Span("Open a saved experiment (.json)"));
        open.addFileRejectedListener(e -> problem.setText("'" + e.getFileName() + "' was not opened: " + e.getErrorMessage()));
        problem.setId("experiment-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("role", "alert");
        linkNote.setId("link-note");
        linkNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H2("Save and share"), linkNote, save, open, problem);
    }

    /** Reads the file off the session lock; the page changes only if the whole experiment is valid. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        String name = event.getFileName();
        Runnable result;
        try {
            byte[] bytes = new byte[0];
            if (event.getFileSize() <= MAX_FILE_BYTES) {
                try (var in = event.getInputStream()) {
                    bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                }
            }
            if (event.getFileSize() > MAX_FILE_BYTES || bytes.length > MAX_FILE_BYTES) {
                throw new ExperimentException("", "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            Experiment experiment = ExperimentJson.read(new String(bytes, StandardCharsets.UTF_8));
            result = () -> {
                if (opened("'" + name + "'", experiment)) {
                    open.clearFileList();
                }
            };
        } catch (ExperimentException e) {
            result = () -> problem.setText("'" + name + "' cannot be opened: " + e.getMessage());
        } catch (IOException e) {
            result = () -> problem.setText("The upload of '" + name + "' broke off before the end. Try again.");
        }
        ui.access(result::run);
    }

    /** Says what the page's address holds, so a teacher knows whether the link alone is enough to share. */
    public void showLinkNote(String text) {
        linkNote.setText(text);
    }

    /** Opens experiment text directly (the same path as a file), for tests and for pasting. */
    public void openText(String json) {
        try {
            opened("This experiment", ExperimentJson.read(json));
        } catch (ExperimentException e) {
            problem.setText("This experiment cannot be opened: " + e.getMessage());
        }
    }

    /** Shows the experiment, unless the page refuses its data (too big for this server): then it says why. */
    private boolean opened(String what, Experiment experiment) {
        try {
            onOpened.accept(experiment);
            problem.setText("");
            return true;
        } catch (DatasetException e) {
            problem.setText(what + " cannot be opened: " + e.getMessage());
            return false;
        }
    }
}
