import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.kernels.KernelGradients;
import com.nnplayground.engine.kernels.KernelThreads;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * What two threads could give a backpropagation if each kept its own samples: one batch's gradients (forward pass,
 * loss, backward pass; no update) timed three ways in alternating windows of one JVM:
 * <ul>
 *   <li>one: the engine's {@code KernelGradients} on one thread;</li>
 *   <li>engine: the same on {@code KernelThreads.start(2)}: large and wide in two blocks of samples whose sums are
 *       carried from one to the next (large since round 11, wide since round 12, its first layer's gradient shared
 *       out by rows after the blocks); before round 12 wide shared out every product and activation, about half of
 *       each layer changing cores at every step (bench/README.md, rounds 7, 10, 11 and 12);</li>
 *   <li>halves: two single-thread {@code KernelGradients}, each over half of the samples, the caller on one half and
 *       a spinning helper on the other, then the caller adds the helper's weight gradients to its own: the only
 *       values that cross cores are the weights (read by both) and one half's gradients.</li>
 * </ul>
 * The halves' gradients are a different sum order from the engine's (each half summed, then the two added, so not
 * the reference's bits), and neither half waits for the other: what two threads give when nothing but the weights
 * and one gradient crosses cores, a bound, not a build of the engine.
 * Usage: extract the jar's classes (unzip -q target/nn-playground-*.jar 'BOOT-INF/classes/*' -d /tmp/nn), then
 *        java --add-modules jdk.incubator.vector -cp /tmp/nn/BOOT-INF/classes bench/SampleSplit.java [WINDOWS]
 *        [large|wide ...]
 */
public class SampleSplit {

    /** name, layers, samples, gradients a window (about 0.1 s each here). */
    static final String[][] WORKLOADS = {
            {"large", "2,64,64,1", "1000", "200"},
            {"wide", "784,128,10", "2000", "10"},
    };
    static final long WARM_UP_NANOS = 5_000_000_000L;

    public static void main(String[] args) throws Exception {
        int windows = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        List<String> chosen = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        System.out.printf("%d windows of each, alternated; it/s = batches' gradients a second%n%n", windows);
        System.out.println("| workload | one thread | two, engine | two, halves | engine/one | halves/one"
                + " | halves/engine (quartiles) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        try (KernelThreads two = KernelThreads.start(2)) {
            for (String[] w : WORKLOADS) {
                if (!chosen.isEmpty() && !chosen.contains(w[0])) {
                    continue;
                }
                measure(w, windows, two);
            }
        }
    }

    static void measure(String[] w, int windows, KernelThreads two) throws Exception {
        int[] sizes = Arrays.stream(w[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int samples = Integer.parseInt(w[2]);
        int perWindow = Integer.parseInt(w[3]);
        SplittableRandom random = new SplittableRandom(42);
        double[][] x = new double[samples][sizes[0]];
        double[][] y = new double[samples][sizes[sizes.length - 1]];
        for (int r = 0; r < samples; r++) {
            Arrays.setAll(x[r], i -> random.nextDouble());
            Arrays.setAll(y[r], i -> random.nextDouble());
        }
        double[][] weights = new double[sizes.length - 1][];
        for (int l = 0; l < weights.length; l++) {
            double scale = 1 / Math.sqrt(sizes[l]);
            weights[l] = random.doubles((long) sizes[l] * sizes[l + 1], -scale, scale).toArray();
        }
        Architecture arch = new Architecture(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length - 1),
                sizes[sizes.length - 1], Activation.SIGMOID, Activation.SIGMOID, false);
        int half = samples / 2;
        KernelGradients one = new KernelGradients(arch, Loss.SSE, x, y, samples, KernelThreads.single());
        KernelGradients engine = new KernelGradients(arch, Loss.SSE, x, y, samples, two);
        try (Halves halves = new Halves(arch, x, y, half)) {
            Runnable[] modes = {
                    () -> one.compute(weights, null, null, 0, samples),
                    () -> engine.compute(weights, null, null, 0, samples),
                    () -> halves.compute(weights),
            };
            for (Runnable m : modes) {
                m.run();
            }
            check(one.gradW(), halves.gradW);
            for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end; ) {
                for (Runnable m : modes) {
                    window(m, perWindow);
                }
            }
            double[][] t = new double[3][windows];
            double[] engineOverOne = new double[windows];
            double[] halvesOverOne = new double[windows];
            double[] halvesOverEngine = new double[windows];
            for (int i = 0; i < windows; i++) {
                for (int k = 0; k < 3; k++) {
                    int m = i % 2 == 0 ? k : 2 - k;
                    t[m][i] = window(modes[m], perWindow);
                }
                engineOverOne[i] = t[0][i] / t[1][i];
                halvesOverOne[i] = t[0][i] / t[2][i];
                halvesOverEngine[i] = t[1][i] / t[2][i];
            }
            for (double[] a : t) {
                Arrays.sort(a);
            }
            Arrays.sort(engineOverOne);
            Arrays.sort(halvesOverOne);
            Arrays.sort(halvesOverEngine);
            int mid = windows / 2;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.3fx | %.3fx | %.3fx (%.3f-%.3f) |%n", w[0],
                    perWindow / t[0][mid], perWindow / t[1][mid], perWindow / t[2][mid], engineOverOne[mid],
                    halvesOverOne[mid], halvesOverEngine[mid], halvesOverEngine[windows / 4],
                    halvesOverEngine[3 * windows / 4]);
        }
    }

    /** The halves' summed gradients must be the whole batch's to rounding, or the timing compares different work. */
    static void check(double[][] whole, double[][] summed) {
        for (int l = 0; l < whole.length; l++) {
            for (int i = 0; i < whole[l].length; i++) {
                double a = whole[l][i];
                double b = summed[l][i];
                if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) {
                    throw new IllegalStateException("layer " + l + " weight " + i + ": " + a + " against " + b);
                }
            }
        }
    }

    static double window(Runnable mode, int times) {
        long begin = System.nanoTime();
        for (int i = 0; i < times; i++) {
            mode.run();
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Two single-thread gradients over the two halves of the samples, the second on a helper that spins. */
    static final class Halves implements AutoCloseable {
        private final KernelGradients first;
        private final KernelGradients second;
        private final Thread helper;
        private final int rowsFirst;
        private final int rowsSecond;
        final double[][] gradW;
        private volatile double[][] weights;
        private volatile long started;
        private volatile long done;
        private volatile boolean closed;

        Halves(Architecture arch, double[][] x, double[][] y, int half) {
            rowsFirst = half;
            rowsSecond = x.length - half;
            first = new KernelGradients(arch, Loss.SSE, Arrays.copyOfRange(x, 0, half),
                    Arrays.copyOfRange(y, 0, half), rowsFirst, KernelThreads.single());
            second = new KernelGradients(arch, Loss.SSE, Arrays.copyOfRange(x, half, x.length),
                    Arrays.copyOfRange(y, half, y.length), rowsSecond, KernelThreads.single());
            gradW = new double[first.gradW().length][];
            for (int l = 0; l < gradW.length; l++) {
                gradW[l] = new double[first.gradW()[l].length];
            }
            helper = new Thread(this::help, "halves-helper");
            helper.setDaemon(true);
            helper.start();
        }

        void compute(double[][] w) {
            weights = w;
            long job = started + 1;
            started = job;
            LockSupport.unpark(helper);
            first.compute(w, null, null, 0, rowsFirst);
            while (done != job) {
                Thread.onSpinWait();
            }
            double[][] a = first.gradW();
            double[][] b = second.gradW();
            for (int l = 0; l < gradW.length; l++) {
                double[] g = gradW[l];
                double[] ga = a[l];
                double[] gb = b[l];
                for (int i = 0; i < g.length; i++) {
                    g[i] = ga[i] + gb[i];
                }
            }
        }

        private void help() {
            long seen = 0;
            int spins = 0;
            while (!closed) {
                long job = started;
                if (job == seen) {
                    // as the engine's helpers: spin a while after a job, then park until the next
                    if (++spins < 10_000) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                    continue;
                }
                spins = 0;
                second.compute(weights, null, null, 0, rowsSecond);
                seen = job;
                done = job;
            }
        }

        @Override
        public void close() throws InterruptedException {
            closed = true;
            LockSupport.unpark(helper);
            helper.join();
        }
    }
}
