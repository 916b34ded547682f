package com.nnplayground.results.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.PixelGrid;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.results.PredictionRow;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows the network gets wrong, each as a card: its picture when the inputs form one (the digits), the true
 * class, the predicted one and the probability given to it. The test rows when some are held out (never trained
 * on: the mistakes that matter), else all rows.
 */
@JsModule("./digit-image.ts")
public class MistakesView extends Composite<VerticalLayout> {
    /** A card per mistake up to this many; a class reads a few dozen, the grid sorted by result has the rest. */
    static final int MAX_SHOWN = 60;

    final Div caption = new Div();
    final Div cards = new Div();
    private List<PredictionRow> mistakes = List.of();

    public MistakesView() {
        cards.setId("mistakes");
        cards.addClassName("mistakes");
        caption.setId("mistakes-caption");
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Mistakes"), caption, cards);
        setVisible(false);
    }

    public void clear() {
        mistakes = List.of();
        cards.removeAll();
        setVisible(false);
    }

    /** The wrong ones of a classification run's rows. */
    public void show(PreparedExperiment prepared, List<PredictionRow> rows) {
        boolean split = rows.stream().anyMatch(PredictionRow::test);
        List<PredictionRow> judged = split ? rows.stream().filter(PredictionRow::test).toList() : rows;
        mistakes = judged.stream().filter(r -> !r.correct()).toList();
        String which = split ? judged.size() + " test rows" : judged.size() + " rows";
        caption.setText(mistakes.isEmpty() ? "None of the " + which + " is wrong."
                : "The " + mistakes.size() + " of the " + which + " it gets wrong: the true class → the predicted one,"
                        + " and the probability it gave that."
                        + (mistakes.size() > MAX_SHOWN ? " The first " + MAX_SHOWN + " here; sort the predictions by"
                        + " result for all." : ""));
        cards.removeAll();
        Dataset dataset = prepared.experiment().dataset();
        Optional<PixelGrid> picture = PixelGrid.of(dataset);
        for (PredictionRow row : mistakes.subList(0, Math.min(MAX_SHOWN, mistakes.size()))) {
            Div card = new Div();
            card.addClassName("mistake");
            picture.ifPresent(grid -> card.getElement().appendChild(image(grid, dataset, row)));
            Span verdict = new Span(row.actualClass() + " → " + row.predictedClass());
            verdict.addClassName("verdict");
            card.add(verdict, new Span(String.format(Locale.ROOT, "row %d · p %.2f", row.row(),
                    PredictionsGrid.predictedProbability(row))));
            cards.add(card);
        }
        setVisible(true);
    }

    private static Element image(PixelGrid grid, Dataset dataset, PredictionRow row) {
        return new Element("digit-image").setAttribute("pixels", grid.code(dataset.rows().get(row.row() - 1)))
                .setAttribute("columns", Integer.toString(grid.width()))
                .setAttribute("label", "row " + row.row() + ": a " + row.actualClass() + " read as "
                        + row.predictedClass());
    }

    /** The rows listed as wrong, in the data's order. */
    public List<PredictionRow> mistakes() {
        return mistakes;
    }
}
