package com.nnplayground.engine;

import com.nnplayground.engine.kernels.KernelGradients;
import com.nnplayground.engine.kernels.KernelThreads;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A resumable training run, owned by one thread at a time (a server time-slices many of these on a small
 * pool); only {@link #cancel()} and the read-only {@link #finished()} / {@link #stopReason()} may be called
 * from other threads meanwhile.
 *
 * <p>One iteration is one pass over the data: one gradient step for a full batch (the seed), one epoch of
 * shuffled mini-batches otherwise. The loss reported for an iteration is the data loss of the forward
 * pass(es) before its update(s), like the seed's {@code loss.append(nn.feedforward()); nn.backprop()}.
 * Every buffer is allocated here, in the constructor: {@link #run} allocates nothing.
 *
 * <p>The weights are double-buffered: an iteration's first step writes into the spare buffer and later steps
 * update it in place, while the weights it started from stay untouched; only a finite result is swapped in.
 * So undoing a diverged iteration costs nothing, and no iteration copies the weights.
 *
 * <p>Each step is {@link Batches} (which rows), {@link Gradients} (their loss and {@code dL/dW}: the kernels,
 * {@link KernelGradients}, which compute the reference engine's numbers faster) and the update ({@code Optimizer}).
 */
public final class Training {

    /** Makes a run's {@link Gradients} once its data are checked: the reference or the kernels. */
    @FunctionalInterface
    interface Engine {
        Gradients create(Architecture architecture, Loss loss, double[][] x, double[][] y, int maxRows);
    }

    private final TrainingConfig config;
    private final Architecture architecture;
    /** The weights after the last finite iteration. */
    private double[][] weights;
    private double[][] biases;
    /** Where the current iteration writes its updated weights; swapped with the above when they are finite. */
    private double[][] nextWeights;
    private double[][] nextBiases;
    private final Batches batches;
    private final Gradients gradients;
    private final Optimizer optimizer;
    private final int rows;
    private final AtomicReference<StopReason> stopReason = new AtomicReference<>();
    private int iterationsDone;
    private double lastLoss = Double.NaN;
    /** The rates in force: the config's until {@link #changeRates} is called. */
    private double learningRate;
    private double l2;

    /**
     * A run on the kernels, each product on the calling thread.
     *
     * @param x the input rows, one column per network input
     * @param y the target rows, one column per network output
     * @throws IllegalArgumentException in plain words when the data's shape does not fit the network, a
     *                                  value is not finite, or the loss does not fit the output layer
     */
    public Training(Network start, double[][] x, double[][] y, TrainingConfig config) {
        this(start, x, y, config, KernelThreads.single());
    }

    /**
     * A run on the kernels, whose large products may use {@code threads}; the results are the same bits whatever
     * the thread count.
     *
     * @throws IllegalArgumentException as {@link #Training(Network, double[][], double[][], TrainingConfig)}
     */
    public Training(Network start, double[][] x, double[][] y, TrainingConfig config, KernelThreads threads) {
        this(start, x, y, config, (architecture, loss, xs, ys, maxRows) ->
                new KernelGradients(architecture, loss, xs, ys, maxRows, Objects.requireNonNull(threads, "threads")));
    }

    /** A run on the given engine (tests run the reference engine this way). */
    Training(Network start, double[][] x, double[][] y, TrainingConfig config, Engine engine) {
        Objects.requireNonNull(start, "start network");
        this.config = Objects.requireNonNull(config, "config");
        this.architecture = start.architecture();
        Compatibility.problem(architecture, config.loss()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        this.rows = TrainingData.requireFits(x, y, architecture);
        this.weights = Matrices.copy(start.flatWeights());
        this.biases = Matrices.copy(start.flatBiases());
        this.nextWeights = Matrices.copy(weights);
        this.nextBiases = Matrices.copy(biases);
        this.batches = new Batches(rows, config.batchSize(), config.seed());
        this.gradients = engine.create(architecture, config.loss(), x, y, Batches.maxRows(rows, config.batchSize()));
        this.optimizer = new Optimizer(config.optimizer(), config.learningRate(), slotSizes(), config.l2() > 0);
        this.learningRate = config.learningRate();
        this.l2 = config.l2();
    }

    /**
     * A run that goes on from {@code state}, which a run of this network shape, data and {@code config} reached: it
     * trains the iterations that run would have trained next, to the same bits (the mini-batch order is shuffled
     * again up to there: {@code iterationsDone} epochs of shuffling, no training).
     *
     * @throws IllegalArgumentException as the constructor does, or when the state is past the config's iterations
     */
    public static Training resume(TrainingState state, double[][] x, double[][] y, TrainingConfig config) {
        Training training = new Training(state.network(), x, y, config);
        training.restore(state);
        return training;
    }

    /** A copy of where the run stands now: what {@link #resume} goes on from. Allocates the copies. */
    public TrainingState state() {
        return new TrainingState(architecture, iterationsDone, lastLoss, Matrices.copy(weights),
                Matrices.copy(biases), optimizer.state());
    }

    private void restore(TrainingState state) {
        if (state.iterationsDone() > config.iterations()) {
            throw new IllegalArgumentException("The state is " + state.iterationsDone() + " iterations in, past the "
                    + config.iterations() + " of the run");
        }
        optimizer.restore(state.optimizer);
        batches.skipEpochs(state.iterationsDone());
        iterationsDone = state.iterationsDone();
        lastLoss = state.lastLoss();
        if (iterationsDone == config.iterations()) {
            stopReason.set(StopReason.COMPLETED);
        }
    }

    /** A run on the reference engine: the maths the kernels are checked against. */
    static Training reference(Network start, double[][] x, double[][] y, TrainingConfig config) {
        return new Training(start, x, y, config, ReferenceGradients::new);
    }

    /**
     * Runs up to {@code maxIterations} more iterations, never past {@code config().iterations()}, calling
     * {@code listener} (may be null) after each with its loss and checking {@code cancelled} (may be null)
     * and {@link #cancel()} before each. Stops early with {@link StopReason#DIVERGED} when the loss or a weight
     * stops being finite; that iteration is neither counted nor reported, and its updates are undone.
     *
     * @return the number of iterations run in this call
     */
    public int run(int maxIterations, TrainingListener listener, BooleanSupplier cancelled) {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be 0 or more, not " + maxIterations);
        }
        int ran = 0;
        while (ran < maxIterations && stopReason.get() == null) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                cancel();
                break;
            }
            double loss = iterate();
            if (!Double.isFinite(loss) || !allFinite(nextWeights) || !allFinite(nextBiases)) {
                stopReason.compareAndSet(null, StopReason.DIVERGED);
                break;
            }
            swapBuffers();
            iterationsDone++;
            ran++;
            lastLoss = loss;
            if (iterationsDone == config.iterations()) {
                stopReason.compareAndSet(null, StopReason.COMPLETED);
            }
            if (listener != null) {
                listener.onIteration(iterationsDone, loss);
            }
        }
        return ran;
    }

    /**
     * Trains every iteration from the next one on with this learning rate and L2 penalty (as a teacher turns the rate
     * down mid-run). Call it between two {@link #run} calls, from the thread that owns the run; the optimizer's state
     * (momentum's velocities, Adam's moments) carries on. Allocates nothing, except a buffer the first time L2 is
     * switched on in a run that started without it.
     *
     * @throws IllegalArgumentException as {@link TrainingConfig} does for these two settings
     */
    public void changeRates(double learningRate, double l2) {
        TrainingConfig.requireRates(learningRate, l2);
        optimizer.changeLearningRate(learningRate, l2 > 0);
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    /** The learning rate of the next iteration: the config's, or the last {@link #changeRates}. */
    public double learningRate() {
        return learningRate;
    }

    /** The L2 penalty of the next iteration: the config's, or the last {@link #changeRates}. */
    public double l2() {
        return l2;
    }

    /** Marks the run cancelled (unless it already finished); a running {@link #run} stops before its next iteration. */
    public void cancel() {
        stopReason.compareAndSet(null, StopReason.CANCELLED);
    }

    public int iterationsDone() {
        return iterationsDone;
    }

    /** Completed, cancelled or diverged. */
    public boolean finished() {
        return stopReason.get() != null;
    }

    /** Why the run finished, or null while it has not. */
    public StopReason stopReason() {
        return stopReason.get();
    }

    /** The loss of the last iteration run, NaN before the first. */
    public double lastLoss() {
        return lastLoss;
    }

    /** A snapshot (a copy) of the current weights and biases. */
    public Network network() {
        return Network.copyOf(architecture, weights, biases);
    }

    /** The settings the run started with; its rates since are {@link #learningRate()} and {@link #l2()}. */
    public TrainingConfig config() {
        return config;
    }

    /** One pass over the data into {@code nextWeights}, returning its loss from before the updates. */
    private double iterate() {
        batches.startEpoch();
        double epochLoss = 0;
        for (int b = 0; b < batches.count(); b++) {
            double[][] w = b == 0 ? weights : nextWeights;
            double[][] bias = b == 0 ? biases : nextBiases;
            int batchRows = batches.rows(b);
            double batchLoss = gradients.compute(w, bias, batches.order(), batches.first(b), batchRows);
            step(w, bias);
            epochLoss += config.loss().shareOfEpoch(batchLoss, batchRows, rows);
        }
        return epochLoss;
    }

    /**
     * One gradient step from the gradients just computed, from {@code w}, {@code bias} into {@code nextWeights},
     * {@code nextBiases}: the weights penalised by L2, the biases not.
     */
    private void step(double[][] w, double[][] bias) {
        optimizer.beginStep();
        int layers = w.length;
        for (int l = 0; l < layers; l++) {
            optimizer.update(l, w[l], gradients.gradW()[l], l2, nextWeights[l]);
            if (bias != null) {
                optimizer.update(layers + l, bias[l], gradients.gradB()[l], 0, nextBiases[l]);
            }
        }
    }

    private void swapBuffers() {
        double[][] finite = nextWeights;
        nextWeights = weights;
        weights = finite;
        double[][] finiteBiases = nextBiases;
        nextBiases = biases;
        biases = finiteBiases;
    }

    /** Optimizer slots: each layer's weights, then each layer's biases. */
    private int[] slotSizes() {
        int layers = weights.length;
        int[] sizes = new int[biases == null ? layers : 2 * layers];
        for (int l = 0; l < layers; l++) {
            sizes[l] = weights[l].length;
            if (biases != null) {
                sizes[layers + l] = biases[l].length;
            }
        }
        return sizes;
    }

    private static boolean allFinite(double[][] arrays) {
        if (arrays != null) {
            for (double[] array : arrays) {
                for (double value : array) {
                    if (!Double.isFinite(value)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
