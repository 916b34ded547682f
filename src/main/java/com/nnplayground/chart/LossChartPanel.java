package com.nnplayground.chart;

import com.nnplayground.dataset.TargetScale;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The loss chart with its controls (a log-scale toggle, downloads of the picture and the numbers), following a run. */
public class LossChartPanel extends Composite<VerticalLayout> implements HasSize, RunListener {

    final LossChart chart;
    final Checkbox logScale = new Checkbox("Log scale");
    final Button downloadPng = new Button("Download PNG");
    final Anchor downloadCsv;
    /** Which units the loss is in, when they are not the target's own (a scaled target). */
    final Div units = new Div();

    public LossChartPanel() {
        this(new LossChart());
    }

    public LossChartPanel(LossChart chart) {
        this.chart = chart;
        logScale.setValue(chart.isLogScale());
        logScale.addValueChangeListener(event -> chart.setLogScale(event.getValue()));
        downloadPng.addClickListener(event -> chart.downloadPng("loss.png"));
        downloadCsv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = chart.toCsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "loss.csv", "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, "Download CSV");

        HorizontalLayout controls = new HorizontalLayout(logScale, downloadPng, downloadCsv);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        units.setId("loss-units");
        units.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(units, chart, controls);
    }

    public LossChart getChart() {
        return chart;
    }

    @Override
    public void cleared() {
        chart.clear();
    }

    @Override
    public void started(PreparedExperiment experiment) {
        TargetScale scale = experiment.data().targetScale();
        units.setText(scale.scaled() ? "The loss is measured on the scaled target (" + scale.scaling().label()
                + " with the training rows' statistics), not in its own units; the predictions and errors below are"
                + " in its own units." : "");
    }

    @Override
    public void progress(ProgressBatch batch) {
        if (batch.iterations().length > 0) {
            chart.append(batch.iterations(), batch.losses(), batch.testLosses());
        }
    }
}
