package com.nnplayground.maths.ui;

import com.nnplayground.maths.GradientCheck;
import com.nnplayground.maths.GradientCheck.Entry;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * The gradient check as a small table: for a few weights, backprop's gradient, the central finite difference and
 * their relative error. Each row carries its exact relative error in {@code data-relative-error}.
 */
class GradientCheckView extends Composite<Div> implements HasSize {

    final Paragraph summary = new Paragraph();
    final Div table = new Div();
    private List<Entry> entries = List.of();

    GradientCheckView() {
        Div content = getContent();
        content.setId("gradient-check");
        content.addClassName("gradient-check");
        table.addClassName("gradient-check-table");
        content.add(new H4("Gradient check: does the chain rule hold?"), summary, table);
        show(List.of(), "The check appears with the network's numbers.");
    }

    /** The entries of {@link GradientCheck#of}, at the iteration described by {@code when}. */
    void show(List<Entry> newEntries, String when) {
        entries = List.copyOf(newEntries);
        table.removeAll();
        if (entries.isEmpty()) {
            summary.setText(when);
            return;
        }
        long agree = entries.stream().filter(Entry::agrees).count();
        summary.setText(when + " Backprop's ∂L/∂w next to (L(w + h) − L(w − h)) / 2h with h = 10⁻⁵, for the weights"
                + " with the largest gradients of each layer: " + agree + " of " + entries.size()
                + " agree to better than 10⁻⁶.");
        table.add(cell("weight", "head"), cell("backprop", "head"), cell("finite difference", "head"),
                cell("relative error", "head"));
        for (Entry e : entries) {
            Span weight = cell("W(" + e.weight().layer() + ") " + (e.weight().from() + 1) + " → " + (e.weight().to() + 1),
                    "weight");
            Span error = cell(scientific(e.relativeError()), e.agrees() ? "agrees" : "differs");
            error.getElement().setAttribute("data-relative-error", Double.toString(e.relativeError()));
            table.add(weight, cell(String.format(Locale.ROOT, "%.8g", e.backprop()), "number"),
                    cell(String.format(Locale.ROOT, "%.8g", e.finiteDifference()), "number"), error);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    private static Span cell(String text, String kind) {
        Span span = new Span(text);
        span.addClassName(kind);
        return span;
    }

    static String scientific(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : "not a number";
        }
        String[] parts = String.format(Locale.ROOT, "%.1e", value).split("e");
        int exponent = Integer.parseInt(parts[1]);
        return parts[0] + " × 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
