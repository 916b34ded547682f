package com.nnplayground.playground;

import com.nnplayground.chart.LossChartPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Where each part of the page sits, for a projector first (styles/playground.css has the sizes): the run's controls
 * and a row of three pictures (network drawing, data and output, loss chart) with the replay slider under them in
 * front, and the diagnosis notes under them when one applies, then the settings, then the earlier runs, the
 * predictions and the maths. At 1280x720 the controls and the three pictures fit without scrolling, as large as the
 * width allows, and the settings follow right below them; "Settings beside" in the header moves them into a side
 * panel next to the pictures (sticky, scrolling on its own), which is where they start from {@value #WIDE} px. The
 * settings are never hidden: one scroll or one click away. On a phone everything stacks in that order.
 */
final class PlaygroundLayout {
    /** From this window width the settings start beside the pictures: they stay large next to them. */
    static final int WIDE = 1600;

    final Button settingsToggle = new Button("Settings", VaadinIcon.SLIDERS.create());
    final Aside settings = new Aside();

    private final Div page;

    PlaygroundLayout(Div page, Component editor, Component controls, Div diagramArea, Div mapArea,
                     LossChartPanel chartPanel, Component scrubber, Component diagnoses, Component runHistory,
                     Component predictions, Component equations) {
        this.page = page;
        page.addClassName("playground");
        settingsToggle.setId("settings-toggle");
        settingsToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settingsToggle.addClickListener(e -> setSettingsBeside(!settingsBeside()));
        H1 title = new H1("NN Playground");
        Paragraph tagline = new Paragraph("A neural network written from scratch, as in the seed article: pick data,"
                + " set the network, press Train and watch it learn.");
        tagline.addClassName("tagline");
        Header header = new Header(title, tagline, settingsToggle);
        header.addClassName("page-header");

        settings.setId("settings-panel");
        settings.addClassName("settings-panel");
        settings.getElement().setAttribute("aria-label", "Data and settings");
        settings.add(editor);

        chartPanel.addClassName("chart-area");
        chartPanel.getChart().setHeight(null);
        Section pictures = new Section(diagramArea, mapArea, chartPanel);
        pictures.addClassName("pictures");
        Main stage = new Main(controls, pictures, scrubber, diagnoses);
        stage.addClassName("stage");
        Section below = new Section(runHistory, predictions, equations);
        below.addClassName("below-pictures");
        below.getElement().setAttribute("aria-label", "Earlier runs, predictions and maths");

        page.add(header, stage, settings, below);
        setSettingsBeside(false);
        page.addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(
                details -> setSettingsBeside(details.getWindowInnerWidth() >= WIDE)));
    }

    /** A region of the row of pictures, about square, holding one picture that fills it. */
    static Div pictureArea(String id, Component picture) {
        Div area = new Div(picture);
        area.setId(id);
        area.addClassName("picture-area");
        return area;
    }

    /** Whether the settings sit in the side panel beside the pictures (else below them). */
    boolean settingsBeside() {
        return page.hasClassName("settings-beside");
    }

    void setSettingsBeside(boolean beside) {
        page.setClassName("settings-beside", beside);
        settingsToggle.getElement().setAttribute("aria-pressed", Boolean.toString(beside));
        settingsToggle.setText(beside ? "Settings below" : "Settings beside");
        settingsToggle.setTooltipText(beside ? "Put the settings below the pictures: larger pictures"
                : "Put the settings in a panel beside the pictures");
    }
}
