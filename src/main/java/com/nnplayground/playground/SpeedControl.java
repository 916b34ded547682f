package com.nnplayground.playground;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * How fast a run goes: a slider over iterations a second on a log scale (1, 2, 3, 5 a decade, from 1 a second to
 * 100,000) and, at its right end, as fast as the server goes. The text beside it says the pace and how long the run
 * takes at it.
 */
public class SpeedControl extends Composite<HorizontalLayout> {
    /** The paces of the slider's positions; the position after the last is as fast as it goes. */
    static final double[] STEPS = {1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1_000, 2_000, 3_000, 5_000, 10_000,
            20_000, 30_000, 50_000, 100_000};
    static final int FULL_SPEED = STEPS.length;

    final IntegerSlider slider = new IntegerSlider(0, FULL_SPEED);
    final Span label = new Span("Speed");
    final Span text = new Span();

    private final List<DoubleConsumer> listeners = new ArrayList<>();
    private int iterations = 1;

    SpeedControl() {
        slider.setId("speed");
        slider.setAriaLabel("Speed: iterations a second");
        slider.setValue(FULL_SPEED);
        slider.setWidth("11em");
        slider.addValueChangeListener(e -> {
            describe();
            if (e.isFromClient()) {
                listeners.forEach(l -> l.accept(iterationsPerSecond()));
            }
        });
        text.setId("speed-text");
        text.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout content = getContent();
        content.addClassName("speed-control");
        content.setPadding(false);
        content.setSpacing(true);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        label.getStyle().set("font-weight", "500");
        content.add(label, slider, text);
        describe();
    }

    /** The pace chosen, in iterations a second; {@link Double#POSITIVE_INFINITY}: as fast as it goes. */
    double iterationsPerSecond() {
        Integer position = slider.getValue();
        return position == null || position >= FULL_SPEED ? Double.POSITIVE_INFINITY : STEPS[Math.max(0, position)];
    }

    /** Moves the slider to the step nearest {@code iterationsPerSecond} on the log scale (above the last: full speed). */
    void setIterationsPerSecond(double iterationsPerSecond) {
        slider.setValue(position(iterationsPerSecond));
    }

    /** The run's length, for the time it takes at this pace. */
    void setIterations(int iterations) {
        this.iterations = Math.max(1, iterations);
        describe();
    }

    /** Told of each pace the user picks. */
    Registration addSpeedListener(DoubleConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    static int position(double iterationsPerSecond) {
        if (iterationsPerSecond > STEPS[STEPS.length - 1] * 1.5) {
            return FULL_SPEED;
        }
        int nearest = 0;
        for (int i = 1; i < STEPS.length; i++) {
            if (Math.abs(Math.log(STEPS[i] / iterationsPerSecond)) < Math.abs(Math.log(STEPS[nearest] / iterationsPerSecond))) {
                nearest = i;
            }
        }
        return nearest;
    }

    private void describe() {
        double pace = iterationsPerSecond();
        if (Double.isInfinite(pace)) {
            text.setText("as fast as it goes");
            return;
        }
        double seconds = iterations / pace;
        String time = seconds < 60 ? String.format("%.0f s", Math.max(1, seconds))
                : seconds < 3600 ? String.format("%.0f min", seconds / 60) : String.format("%.1f h", seconds / 3600);
        text.setText(String.format("%,.0f iteration%s a second · %,d in %s", pace, pace == 1 ? "" : "s", iterations, time));
    }
}
