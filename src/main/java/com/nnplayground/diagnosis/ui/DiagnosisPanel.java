package com.nnplayground.diagnosis.ui;

import com.nnplayground.diagnosis.Diagnoses;
import com.nnplayground.diagnosis.Diagnosis;
import com.nnplayground.diagnosis.LossHistory;
import com.nnplayground.diagnosis.Objective;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The diagnosis notes of the run under way or just ended, each with its suggestion; hidden while none applies. The
 * unit checks need a pass over the training rows: while training they run only on small runs, at the end always.
 */
public class DiagnosisPanel extends Composite<Div> implements RunListener {
    /** Multiply-adds of one pass over the training rows below which the unit checks run at every push. */
    static final long LIVE_BUDGET = 2_000_000;

    private LossHistory history = new LossHistory();
    private PreparedExperiment running;
    private Network latest;
    /** What the run minimises: whether its loss is convex, and its L2 penalty now (a teacher may change it). */
    private Objective objective = Objective.ANY;
    private List<Diagnosis> notes = List.of();

    public DiagnosisPanel() {
        getContent().setId("diagnoses");
        getContent().addClassName("diagnoses");
        getContent().setVisible(false);
    }

    @Override
    public void cleared() {
        history = new LossHistory();
        running = null;
        latest = null;
        show(List.of());
    }

    @Override
    public void started(PreparedExperiment experiment) {
        history = new LossHistory();
        running = experiment;
        latest = experiment.start();
        objective = Objective.of(experiment.start().architecture(), experiment.config().loss(),
                experiment.config().l2());
    }

    @Override
    public void progress(ProgressBatch batch) {
        history.add(batch.iterations(), batch.losses(), batch.testLosses());
        if (running == null) {
            return;
        }
        for (RateChange change : batch.rateChanges()) {
            if (change.iteration() <= batch.iterationsDone()) {
                objective = new Objective(objective.convex(), change.l2());
            }
        }
        boolean unitsNow = batch.snapshot() != null && running.multiplyAddsPerPass() <= LIVE_BUDGET;
        if (unitsNow) {
            latest = batch.snapshot();
        }
        show(Diagnoses.of(history, unitsNow ? latest : null, running.data().trainX(), null, objective));
    }

    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        running = null;
        latest = outcome.network();
        String divergence = outcome.end() == TrainingOutcome.End.DIVERGED ? outcome.message() : null;
        show(Diagnoses.of(history, latest, experiment.data().trainX(), divergence, objective));
    }

    /** The notes shown. */
    public List<Diagnosis> notes() {
        return notes;
    }

    private void show(List<Diagnosis> newNotes) {
        if (newNotes.equals(notes)) {
            return;
        }
        notes = List.copyOf(newNotes);
        Div content = getContent();
        content.removeAll();
        for (Diagnosis note : notes) {
            Paragraph p = new Paragraph();
            p.addClassName("diagnosis");
            p.getElement().setAttribute("data-kind", note.kind().name().toLowerCase());
            Span title = new Span(note.kind().title() + ": ");
            title.addClassName("diagnosis-title");
            p.add(title, new Span(note.finding() + (note.suggestion().isEmpty() ? "" : " " + note.suggestion())));
            content.add(p);
        }
        content.setVisible(!notes.isEmpty());
    }
}
