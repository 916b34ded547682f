package com.nnplayground.cli;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.engine.TrainingListener;
import com.nnplayground.engine.kernels.KernelThreads;
import com.sun.management.ThreadMXBean;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * {@code bench}: the same flags, data and JSON fields as shared/bench/numpy_reference.py (sigmoid everywhere,
 * no biases, sum of squared errors, uniform [0,1) weights), timing the training loop alone.
 *
 * <p>Steady state: the JIT compiles the loop only after it has run a while, so before the timed run the same
 * problem is trained, untimed, on a separate {@link Training} for {@code --warmup} seconds (default 2, started
 * afresh whenever it completes) and then until the JIT has been quiet for a second. The timed run then starts from the same initial weights, so its result does
 * not depend on the warm-up. {@code --memory yes} adds the bytes the timing thread allocated and the number
 * of garbage collections during the timed run (both 0 when the loop allocates nothing). {@code --threads} is how many
 * threads a large product may use (the app's default is 1 per run; here one per core, as NumPy's OpenBLAS).
 */
final class BenchCommand {

    static final long QUIET_NANOS = 1_000_000_000L;
    static final long MAX_WARMUP_NANOS = 30_000_000_000L;

    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out) {
        BenchOptions o = BenchOptions.parse(args);
        int[] sizes = o.layers();
        double[][] x = new double[o.samples()][];
        double[][] y = new double[o.samples()][];
        dataset(o, x, y);
        Architecture architecture = new Architecture(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length - 1),
                sizes[sizes.length - 1], Activation.SIGMOID, Activation.SIGMOID, false);
        TrainingConfig config = new TrainingConfig(Loss.SSE, OptimizerKind.SGD, o.lr(), o.iterations(), 0, 0, o.seed());
        Network start = Network.initialise(architecture, Init.UNIFORM, o.seed());

        TrainingListener listener = (i, loss) -> { };
        Training training;
        double seconds;
        long allocated;
        long collections;
        try (KernelThreads kernelThreads = KernelThreads.start(o.threads())) {
            warmUp(start, x, y, config, kernelThreads, listener, o.warmup());
            BooleanSupplier never = new Deadline(Long.MAX_VALUE);
            training = new Training(start, x, y, config, kernelThreads);
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().threadId();
            long collectionsBefore = collections();
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            long begin = System.nanoTime();
            training.run(o.iterations(), listener, never);
            seconds = (System.nanoTime() - begin) / 1e9;
            allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
            collections = collections() - collectionsBefore;
        }

        double[][] output = training.network().predict(x);
        double sse = 0;
        for (int r = 0; r < x.length; r++) {
            for (int k = 0; k < output[r].length; k++) {
                sse += (y[r][k] - output[r][k]) * (y[r][k] - output[r][k]);
            }
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.putPOJO("layers", sizes);
        result.put("samples", o.samples()).put("iterations", training.iterationsDone())
                .put("seconds", Math.round(seconds * 1e6) / 1e6)
                .put("iterations_per_second", Math.round(training.iterationsDone() / seconds * 10) / 10.0)
                .put("final_sse", sse);
        if (o.samples() <= 16) {
            var predictions = result.putArray("predictions");
            for (double[] row : output) {
                predictions.add(Math.round(row[0] * 1e6) / 1e6);
            }
        }
        if (o.memory()) {
            result.put("allocated_bytes", allocated).put("gc_count", collections);
        }
        out.println(result.toString());
        return 0;
    }

    /**
     * Trains the same problem, untimed, for {@code seconds} and then on until the JIT has compiled nothing for
     * {@link #QUIET_NANOS} (at most {@link #MAX_WARMUP_NANOS} in all), in whole runs called exactly as the timed run
     * is (one call, the same listener, the same class of cancel check), so the timed run finds the loop compiled for
     * what it will see. Warming up with other calls left compiled code that the timed run threw away and compiled
     * again; a fixed 2 s was not enough for C2 to finish the vector kernels on a busy machine (seen with
     * -XX:+PrintCompilation, bench/README.md round 5).
     */
    private static void warmUp(Network start, double[][] x, double[][] y, TrainingConfig config,
                               KernelThreads threads, TrainingListener listener, double seconds) {
        if (seconds <= 0) {
            return;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long begin = System.nanoTime();
        long end = begin + (long) (seconds * 1e9);
        long compiled = jit.getTotalCompilationTime();
        long quietSince = begin;
        for (long now = begin; now < end || now - quietSince < QUIET_NANOS && now - begin < MAX_WARMUP_NANOS;
             now = System.nanoTime()) {
            new Training(start, x, y, config, threads).run(config.iterations(), listener,
                    new Deadline(now + QUIET_NANOS / 2));
            long total = jit.getTotalCompilationTime();
            if (total != compiled) {
                compiled = total;
                quietSince = System.nanoTime();
            }
        }
    }

    /** Says stop once past {@code end} (System.nanoTime), looking at the clock every 1,024 calls. */
    private static final class Deadline implements BooleanSupplier {
        private final long end;
        private int calls;

        Deadline(long end) {
            this.end = end;
        }

        @Override
        public boolean getAsBoolean() {
            return (++calls & 1023) == 0 && System.nanoTime() > end;
        }
    }

    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    /** The reference's data: the seed's XOR table for 4 samples of 3 inputs, else the sign of x0*x1 on [-1,1). */
    private static void dataset(BenchOptions o, double[][] x, double[][] y) {
        int inputs = o.layers()[0];
        int outputs = o.layers()[o.layers().length - 1];
        if (o.samples() == 4 && inputs == 3) {
            double[][] xor = {{0, 0, 1, 0}, {0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 1, 0}};
            for (int r = 0; r < 4; r++) {
                x[r] = Arrays.copyOf(xor[r], 3);
                y[r] = filled(outputs, xor[r][3]);
            }
            return;
        }
        SplittableRandom random = new SplittableRandom(o.seed());
        for (int r = 0; r < x.length; r++) {
            x[r] = new double[inputs];
            for (int c = 0; c < inputs; c++) {
                x[r][c] = random.nextDouble(-1, 1);
            }
            boolean positive = inputs > 1 ? x[r][0] * x[r][1] > 0 : x[r][0] > 0;
            y[r] = filled(outputs, positive ? 1 : 0);
        }
    }

    private static double[] filled(int n, double value) {
        double[] row = new double[n];
        Arrays.fill(row, value);
        return row;
    }
}
