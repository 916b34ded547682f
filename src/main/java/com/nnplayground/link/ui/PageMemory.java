package com.nnplayground.link.ui;

import com.nnplayground.chart.ChartPoint;
import com.nnplayground.chart.LossChart;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.ExperimentEditor;
import com.nnplayground.link.LinkFormat;
import com.nnplayground.link.RunRecord;
import com.nnplayground.link.SharedExperiment;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the page's experiment in its browser tab, so that a link is the experiment and a reload loses nothing:
 * every change writes the address ({@link LinkFormat}; a new history entry for a new dataset the user chose, the
 * same entry for typing and edits, one write per round trip), own data too long for a link goes to the tab's session
 * storage, and so does the last run (its loss curve and final weights). Arriving at an address (a link, a reload,
 * Back or Forward) shows what it says, and the last run again when it trained that experiment. Nothing of it stays
 * on the server.
 */
public class PageMemory implements RunListener {
    static final String RUN_KEY = "nnp-run";
    static final String DATA_KEY = "nnp-data-";
    /** Own datasets kept for Back and Forward in one tab; the oldest go first. */
    static final int KEPT_DATASETS = 3;

    private final ExperimentEditor editor;
    private final LossChart chart;
    private final Replay replay;
    private final Function<UI, TabMemory> tabs;
    private TabMemory tab;
    /** The query the address holds now, as this page wrote or found it. */
    private String shown;
    /** The last address arrived at: the first load is announced twice (attach, then navigation). */
    private String arrived;
    private boolean applying;
    /**
     * An address arrived at (Back, Forward, a link) waits for the tab's storage, a round trip away: until it is shown
     * the page writes nothing, or a change reaching the server meanwhile would write the experiment still shown into
     * the entry Back or Forward just moved to (the browser test saw Forward's address turn back into Back's).
     */
    private boolean reading;
    private boolean flushQueued;
    private boolean deliberate;
    private String runQuery;
    private final List<String> keptKeys = new ArrayList<>();
    private Registration navigation;

    /** Shows a stored run on the page again, as if it had just ended. */
    @FunctionalInterface
    public interface Replay {
        void show(PreparedExperiment prepared, TrainingOutcome outcome, List<ChartPoint> points);
    }

    /** Keeps {@code page}'s experiment in its browser tab. */
    public PageMemory(Component page, ExperimentEditor editor, LossChart chart, Replay replay) {
        this(page, editor, chart, replay, BrowserTab::new);
    }

    PageMemory(Component page, ExperimentEditor editor, LossChart chart, Replay replay, Function<UI, TabMemory> tabs) {
        this.editor = editor;
        this.chart = chart;
        this.replay = replay;
        this.tabs = tabs;
        editor.addChangeListener(this::changed);
        page.addAttachListener(e -> {
            tab = tabs.apply(e.getUI());
            arrive(e.getUI().getInternals().getActiveViewLocation());
            navigation = e.getUI().addAfterNavigationListener(nav -> arrive(nav.getLocation()));
        });
        page.addDetachListener(e -> {
            if (navigation != null) {
                navigation.remove();
            }
        });
    }

    /** Shows what an address says (a link, a reload, Back or Forward); the plain address keeps what is shown. */
    void arrive(Location location) {
        String query = location == null ? "" : location.getQueryParameters().getQueryString();
        if (query.equals(shown) || query.equals(arrived)) {
            return;
        }
        arrived = query;
        SharedExperiment linked;
        try {
            linked = LinkFormat.read(location == null ? Map.of() : location.getQueryParameters().getParameters());
        } catch (ExperimentException | DatasetException e) {
            editor.showSettingsNote("This link could not be opened (" + e.getMessage() + "); the page shows its own"
                    + " experiment instead.");
            write(false);
            return;
        }
        if (linked == null) {
            write(false);
            return;
        }
        List<String> keys = new ArrayList<>(List.of(RUN_KEY));
        if (linked.keptData() != null) {
            keys.add(DATA_KEY + linked.keptData());
        }
        reading = true;
        tab.read(keys, stored -> {
            reading = false;
            open(linked, query, stored);
        });
    }

    private void open(SharedExperiment linked, String query, Map<String, String> stored) {
        applying = true;
        try {
            Experiment experiment;
            if (linked.keptData() != null) {
                String packed = stored.get(DATA_KEY + linked.keptData());
                if (packed == null) {
                    editor.showSettingsNote("This link's data was too long for a link and is kept only in the browser"
                            + " tab it was made in: ask for the experiment file instead. The page shows its own data.");
                    return;
                }
                experiment = new Experiment(LinkFormat.unpackData(packed, "kept"), linked.network(), linked.training(),
                        linked.preparation());
                remember(linked.keptData());
            } else {
                experiment = new Experiment(linked.data() != null ? linked.data() : editor.current().dataset(),
                        linked.network(), linked.training(), linked.preparation());
            }
            editor.showLinked(experiment, linked.preset(), linked.options());
        } catch (ExperimentException | DatasetException e) {
            editor.showSettingsNote("This link could not be opened (" + e.getMessage() + ").");
            return;
        } finally {
            applying = false;
        }
        shown = query;
        write(false);
        restoreRun(RunRecord.fromJson(stored.get(RUN_KEY)));
    }

    /** The last run again, when it trained the experiment now shown: its curve, and its predictions recomputed. */
    private void restoreRun(RunRecord run) {
        if (run == null || !run.query().equals(shown)) {
            return;
        }
        Optional<PreparedExperiment> prepared = editor.prepare(problem -> { });
        if (prepared.isEmpty()) {
            return;
        }
        PreparedExperiment p = prepared.get();
        Network network;
        try {
            network = Network.of(p.start().architecture(), run.weights(), run.biases());
        } catch (IllegalArgumentException e) {
            return;
        }
        TrainingOutcome.End end;
        try {
            end = TrainingOutcome.End.valueOf(run.end());
        } catch (IllegalArgumentException e) {
            return;
        }
        runQuery = shown;
        replay.show(p, new TrainingOutcome(end, run.message(), network, network.predict(p.data().x()),
                run.iterationsDone(), run.finalLoss(), run.finalTestLoss()), run.points());
    }

    private void changed(boolean deliberateChange) {
        if (applying || tab == null) {
            return;
        }
        deliberate |= deliberateChange;
        if (!flushQueued) {
            flushQueued = true;
            UI.getCurrent().beforeClientResponse(UI.getCurrent(), context -> {
                flushQueued = false;
                boolean push = deliberate;
                deliberate = false;
                write(push);
            });
        }
    }

    /** Writes the experiment shown into the address (and the tab, when its data is too long for a link). */
    private void write(boolean push) {
        if (reading) {
            return;
        }
        arrived = null;
        if (!editor.settingsValid()) {
            return;
        }
        Experiment e = editor.current();
        boolean own = editor.preset() == null;
        LinkFormat.Written written = LinkFormat.write(new SharedExperiment(editor.preset(), editor.presetOptions(),
                own ? e.dataset() : null, null, e.network(), e.training(), e.preparation()));
        if (written.kept() != null && !keptKeys.contains(written.kept())) {
            tab.store(DATA_KEY + written.kept(), written.keptData());
            remember(written.kept());
        }
        editor.showLinkNote(written.kept() == null
                ? "The page's address is a link to this experiment, data and settings: share it, or save the file."
                : String.format("This data (%,d rows) is too long for a link: the address holds the settings, and the"
                + " data stays in this browser tab only. To share the experiment, save it as a file.", e.dataset().size()));
        if (written.query().equals(shown)) {
            return;
        }
        shown = written.query();
        if (push) {
            tab.push(shown);
        } else {
            tab.replace(shown);
        }
    }

    private void remember(String key) {
        keptKeys.remove(key);
        keptKeys.add(key);
        while (keptKeys.size() > KEPT_DATASETS) {
            tab.remove(DATA_KEY + keptKeys.remove(0));
        }
    }

    /** What the address holds now, for tests. */
    String shown() {
        return shown;
    }

    @Override
    public void cleared() {
        if (runQuery != null && tab != null) {
            tab.remove(RUN_KEY);
        }
        runQuery = null;
    }

    @Override
    public void started(PreparedExperiment experiment) {
        runQuery = shown;
    }

    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        if (tab == null || runQuery == null || outcome.iterationsDone() == 0) {
            return;
        }
        Network n = outcome.network();
        tab.store(RUN_KEY, new RunRecord(runQuery, outcome.end().name(), outcome.message(), outcome.iterationsDone(),
                outcome.finalLoss(), outcome.finalTestLoss(), chart.points(), n.weights(), n.biases()).toJson());
    }
}
