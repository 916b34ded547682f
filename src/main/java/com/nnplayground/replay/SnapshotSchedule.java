package com.nnplayground.replay;

/**
 * Which iterations of a run keep a snapshot: every one early on, then spaced out logarithmically, and always the last.
 * With {@code e} snapshots an octave, iterations {@code 0 .. 2e-1} are all kept; from {@code 2e} to {@code 4e-1} every
 * 2nd; from {@code 4e} to {@code 8e-1} every 4th; and so on, so the gap after iteration {@code k} is at most about
 * {@code k/e}: a run of 1,500 iterations keeps 121, its last included (and recomputes at most 63 iterations to show
 * any other), one of 10 M keeps 325. {@link #of} picks the most snapshots an octave, up to {@link #MAX_PER_OCTAVE}, that fit the memory budget;
 * a network too large for even one an octave keeps its start and its end only.
 *
 * <p>Counts are of iterations done: snapshot {@code k} is the state after {@code k} iterations, 0 the starting weights.
 */
public final class SnapshotSchedule {
    static final int MAX_PER_OCTAVE = 16;
    /** What a run's snapshots may take of the heap: a page keeps one run's. */
    public static final long DEFAULT_BUDGET_BYTES = 2L * 1024 * 1024;

    private final int perOctave;
    private final int iterations;

    /** {@code perOctave} 0: the start and the end only. */
    SnapshotSchedule(int perOctave, int iterations) {
        if (perOctave < 0 || iterations < 0) {
            throw new IllegalArgumentException("perOctave and iterations must be 0 or more");
        }
        this.perOctave = perOctave;
        this.iterations = iterations;
    }

    /** The densest schedule whose snapshots of {@code bytesPerSnapshot} each fit {@code budgetBytes} over the run. */
    public static SnapshotSchedule of(int iterations, long bytesPerSnapshot, long budgetBytes) {
        for (int e = MAX_PER_OCTAVE; e >= 1; e--) {
            SnapshotSchedule schedule = new SnapshotSchedule(e, iterations);
            if (schedule.count() * bytesPerSnapshot <= budgetBytes) {
                return schedule;
            }
        }
        return new SnapshotSchedule(0, iterations);
    }

    /** Whether the state after {@code done} iterations is kept. */
    public boolean keeps(int done) {
        return done == iterations || done == keptAtOrBefore(done);
    }

    /** The last kept iteration at or before {@code done} (0 to {@code iterations}), the end of the run included. */
    public int keptAtOrBefore(int done) {
        if (done >= iterations) {
            return iterations;
        }
        if (perOctave == 0) {
            return 0;
        }
        return done < 2 * perOctave ? done : done - done % stride(done);
    }

    /** The first kept iteration after {@code done} (the run's end at the latest). */
    public int keptAfter(int done) {
        int next = done + 1;
        if (next >= iterations || perOctave == 0) {
            return iterations;
        }
        if (next < 2 * perOctave) {
            return next;
        }
        int stride = stride(next);
        // An octave's start is a multiple of the stride before it, so rounding up never skips a kept iteration
        return Math.min(iterations, (next + stride - 1) / stride * stride);
    }

    /** How many snapshots a whole run keeps, its start and its end included. */
    public int count() {
        if (perOctave == 0) {
            return iterations == 0 ? 1 : 2;
        }
        long count = Math.min(2L * perOctave, iterations + 1L);
        for (long from = 2L * perOctave, stride = 2; from <= iterations; from *= 2, stride *= 2) {
            long to = Math.min(2 * from - 1, iterations);
            count += to / stride - (from + stride - 1) / stride + 1;
        }
        boolean endOnTheGrid = iterations < 2 * perOctave || iterations % stride(iterations) == 0;
        return (int) (endOnTheGrid ? count : count + 1);
    }

    /** Snapshots an octave; 0 when only the start and the end are kept. */
    public int perOctave() {
        return perOctave;
    }

    public int iterations() {
        return iterations;
    }

    private int stride(int done) {
        return Integer.highestOneBit(done / perOctave);
    }

}
