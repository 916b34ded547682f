import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The machine's measured double-precision peak: a register tile of fused multiply-adds (4 rows x 3 vectors, 12
 * independent sums, operands in L1, the shape of the engine's kernels) on 1 thread, then on THREADS at once, best of
 * several rounds. Prints what it measured and, last, one JSON line for bench/compare.sh.
 * Usage: java --add-modules jdk.incubator.vector bench/Peak.java [THREADS]   (default: every core)
 */
public class Peak {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();
    static final int K = 256;
    /** Sums a thread has produced, so the JIT cannot drop the work. */
    static volatile double sink;

    /** 12 fused multiply-adds of L lanes per step of k: 24 L flops. */
    static void tile(double[] a, double[] b, double[] c) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00, c10 = c00, c11 = c00, c12 = c00;
        DoubleVector c20 = c00, c21 = c00, c22 = c00, c30 = c00, c31 = c00, c32 = c00;
        for (int k = 0; k < K; k++) {
            int row = k * 3 * L;
            DoubleVector b0 = DoubleVector.fromArray(S, b, row);
            DoubleVector b1 = DoubleVector.fromArray(S, b, row + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, row + 2 * L);
            DoubleVector x = DoubleVector.broadcast(S, a[k]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02);
            x = DoubleVector.broadcast(S, a[K + k]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12);
            x = DoubleVector.broadcast(S, a[2 * K + k]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22);
            x = DoubleVector.broadcast(S, a[3 * K + k]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32);
        }
        c00.add(c01).add(c02).add(c10).add(c11).add(c12).add(c20).add(c21).add(c22).add(c30).add(c31).add(c32)
                .intoArray(c, 0);
    }

    /** GFLOP/s of {@code threads} threads running tiles together for about {@code seconds}. */
    static double measure(int threads, double seconds) throws InterruptedException {
        List<Thread> running = new ArrayList<>();
        long[] tiles = new long[threads];
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread thread = new Thread(() -> {
                double[] a = new double[4 * K];
                double[] b = new double[K * 3 * L];
                double[] c = new double[L];
                for (int i = 0; i < a.length; i++) {
                    a[i] = 1e-3 * (i % 7);
                }
                for (int i = 0; i < b.length; i++) {
                    b[i] = 1e-3 * (i % 5);
                }
                long n = 0;
                while (System.nanoTime() < end) {
                    for (int r = 0; r < 1000; r++) {
                        tile(a, b, c);
                    }
                    n += 1000;
                }
                tiles[me] = n;
                sink = c[0];
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long total = 0;
        for (long n : tiles) {
            total += n;
        }
        return total * 24.0 * L * K / elapsed / 1e9;
    }

    public static void main(String[] args) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : cores;
        measure(1, 1.0);
        double one = 0;
        double all = 0;
        for (int round = 0; round < 5; round++) {
            one = Math.max(one, measure(1, 0.5));
            all = Math.max(all, measure(threads, 0.5));
        }
        double vectorFmasPerSecond = one * 1e9 / (2.0 * L);
        System.out.printf("lanes (DoubleVector.SPECIES_PREFERRED): %d doubles; cores (availableProcessors): %d%n", L, cores);
        System.out.printf("1 thread: %.1f GFLOP/s = %.2f G vector FMAs/s; with 2 FMA units per core that is a %.2f GHz clock%n",
                one, vectorFmasPerSecond / 1e9, vectorFmasPerSecond / 2 / 1e9);
        System.out.printf("%d threads at once: %.1f GFLOP/s (%.2f x one thread)%n", threads, all, all / one);
        System.out.printf("{\"lanes\":%d,\"cores\":%d,\"threads\":%d,\"gflops_one_thread\":%.1f,\"gflops_all_threads\":%.1f,"
                + "\"clock_ghz_if_2_fma_units\":%.2f}%n", L, cores, threads, one, all, vectorFmasPerSecond / 2 / 1e9);
    }
}
