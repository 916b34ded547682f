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
 * and a row of three pictures (network drawing, data and output, loss chart) in front, the settings in a side panel
 * one click away ("Settings" in the header), and the predictions and the maths below the pictures. At 1280x720 the
 * controls and the three pictures fit without scrolling, the pictures as large as the width allows: the side panel
 * starts hidden below {@value #WIDE} px and shown from there (it then scrolls on its own); on a phone everything
 * stacks, the controls first and the settings after the pictures.
 */
final class PlaygroundLayout {
    /** From this window width the settings panel starts open: the pictures stay large beside it. */
    static final int WIDE = 1600;

    final Button settingsToggle = new Button("Settings", VaadinIcon.SLIDERS.create());
    final Aside settings = new Aside();

    private final Div page;

    PlaygroundLayout(Div page, Component editor, Component controls, Div diagramArea, Div mapArea,
                     LossChartPanel chartPanel, Component predictions, Component equations) {
        this.page = page;
        page.addClassName("playground");
        settingsToggle.setId("settings-toggle");
        settingsToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settingsToggle.addClickListener(e -> setSettingsShown(!settingsShown()));
        settingsToggle.getElement().setAttribute("aria-controls", "settings-panel");
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
        Div below = new Div(predictions, equations);
        below.addClassName("below-pictures");
        Main stage = new Main(controls, pictures, below);
        stage.addClassName("stage");

        page.add(header, settings, stage);
        setSettingsShown(false);
        page.addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(
                details -> setSettingsShown(details.getWindowInnerWidth() >= WIDE)));
    }

    /** A region of the row of pictures, about square, holding one picture that fills it. */
    static Div pictureArea(String id, Component picture) {
        Div area = new Div(picture);
        area.setId(id);
        area.addClassName("picture-area");
        return area;
    }

    boolean settingsShown() {
        return !page.hasClassName("settings-hidden");
    }

    void setSettingsShown(boolean shown) {
        page.setClassName("settings-hidden", !shown);
        settingsToggle.getElement().setAttribute("aria-expanded", Boolean.toString(shown));
        settingsToggle.setText(shown ? "Hide settings" : "Settings");
    }
}
