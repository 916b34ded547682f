import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Two builds of the engine in one JVM, timed in alternating windows: each jar's classes (BOOT-INF/classes) get a
 * class loader of their own, both train the same problem (bench's: sigmoid everywhere, no biases, SSE, SGD, uniform
 * weights, random data) on one thread, and after a warm-up of both the windows alternate A, B, B, A, ... so that
 * both see the same moments of a shared, noisy machine. Prints per workload each build's median iterations/second
 * and the median, over the windows, of B's speed over A's in the same pair of windows (with its quartiles): on this
 * machine far steadier than runs in separate JVMs (bench/two-jars.sh), whose spread between starts is 10-20 %.
 * Usage: java --add-modules jdk.incubator.vector [-Dthreads=N] bench/SideBySide.java BEFORE.jar AFTER.jar [WINDOWS]
 *        [WORKLOAD...]   (WINDOWS default 31; WORKLOAD among seed classroom medium large wide, default all; N the
 *        threads a product may use, as bench's --threads, default 1: each build then has N - 1 helpers of its own)
 */
public class SideBySide {

    /** name, layers, samples, learning rate, iterations a window (about 0.1-0.2 s each here). */
    static final String[][] WORKLOADS = {
            {"seed", "3,4,1", "4", "1", "300000"},
            {"classroom", "4,8,3", "150", "0.01", "20000"},
            {"medium", "2,16,16,1", "200", "0.01", "5000"},
            {"large", "2,64,64,1", "1000", "0.001", "100"},
            {"wide", "784,128,10", "2000", "0.0001", "8"},
    };
    static final long WARM_UP_NANOS = 5_000_000_000L;
    static final int THREADS = Integer.getInteger("threads", 1);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java --add-modules jdk.incubator.vector bench/SideBySide.java BEFORE.jar AFTER.jar"
                    + " [WINDOWS] [seed|classroom|medium|large|wide ...]");
            System.exit(2);
        }
        int windows = args.length > 2 ? Integer.parseInt(args[2]) : 31;
        List<String> chosen = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
        ClassLoader before = loader(Path.of(args[0]));
        ClassLoader after = loader(Path.of(args[1]));
        System.out.printf("A = %s, B = %s, %d windows of each, alternated, %d thread(s) a product%n%n", args[0],
                args[1], windows, THREADS);
        System.out.println("| workload | A it/s (median) | B it/s (median) | B/A, median of paired windows | quartiles |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String[] w : WORKLOADS) {
            if (!chosen.isEmpty() && !chosen.contains(w[0])) {
                continue;
            }
            int iterations = Integer.parseInt(w[4]);
            Run a = new Run(before, w);
            Run b = new Run(after, w);
            for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end; ) {
                a.window();
                b.window();
            }
            double[] ta = new double[windows];
            double[] tb = new double[windows];
            double[] ratio = new double[windows];
            for (int i = 0; i < windows; i++) {
                if (i % 2 == 0) {
                    ta[i] = a.window();
                    tb[i] = b.window();
                } else {
                    tb[i] = b.window();
                    ta[i] = a.window();
                }
                ratio[i] = ta[i] / tb[i];
            }
            Arrays.sort(ta);
            Arrays.sort(tb);
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.3fx | %.3f-%.3f |%n", w[0],
                    iterations / ta[windows / 2], iterations / tb[windows / 2], ratio[windows / 2],
                    ratio[windows / 4], ratio[3 * windows / 4]);
        }
    }

    /** A class loader over a Spring Boot jar's own classes (the engine needs none of its libraries). */
    static ClassLoader loader(Path jar) throws IOException {
        Path dir = Files.createTempDirectory("side-by-side");
        dir.toFile().deleteOnExit();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!e.isDirectory() && name.startsWith("BOOT-INF/classes/com/nnplayground/engine/")) {
                    Path to = dir.resolve(name.substring("BOOT-INF/classes/".length()));
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    /** One build's training of one workload, by reflection (the two builds' classes are not ours to name). */
    static final class Run {
        private final Constructor<?> training;
        /** KernelThreads.start(THREADS) of this build, or null for its default (one thread). */
        private final Object threads;
        private final Method run;
        private final Object start;
        private final Object config;
        private final double[][] x;
        private final double[][] y;
        private final int iterations;

        Run(ClassLoader l, String[] w) throws Exception {
            int[] sizes = Arrays.stream(w[1].split(",")).mapToInt(Integer::parseInt).toArray();
            int samples = Integer.parseInt(w[2]);
            iterations = Integer.parseInt(w[4]);
            SplittableRandom random = new SplittableRandom(42);
            x = new double[samples][sizes[0]];
            y = new double[samples][sizes[sizes.length - 1]];
            for (int r = 0; r < samples; r++) {
                Arrays.setAll(x[r], i -> random.nextDouble());
                Arrays.setAll(y[r], i -> random.nextDouble());
            }
            Class<?> activation = l.loadClass("com.nnplayground.engine.Activation");
            Class<?> architecture = l.loadClass("com.nnplayground.engine.Architecture");
            Class<?> loss = l.loadClass("com.nnplayground.engine.Loss");
            Class<?> optimizer = l.loadClass("com.nnplayground.engine.OptimizerKind");
            Class<?> init = l.loadClass("com.nnplayground.engine.Init");
            Class<?> network = l.loadClass("com.nnplayground.engine.Network");
            Class<?> trainingConfig = l.loadClass("com.nnplayground.engine.TrainingConfig");
            Class<?> trainingClass = l.loadClass("com.nnplayground.engine.Training");
            Object sigmoid = constant(activation, "SIGMOID");
            Object arch = architecture.getConstructor(int.class, int[].class, int.class, activation, activation,
                    boolean.class).newInstance(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length - 1),
                    sizes[sizes.length - 1], sigmoid, sigmoid, false);
            start = network.getMethod("initialise", architecture, init, long.class)
                    .invoke(null, arch, constant(init, "UNIFORM"), 1L);
            Constructor<?> configs = Arrays.stream(trainingConfig.getConstructors())
                    .filter(c -> c.getParameterCount() == 7).findFirst().orElseThrow();
            config = configs.newInstance(constant(loss, "SSE"), constant(optimizer, "SGD"), Double.parseDouble(w[3]),
                    iterations, 0, 0.0, 1L);
            if (THREADS > 1) {
                Class<?> kernelThreads = l.loadClass("com.nnplayground.engine.kernels.KernelThreads");
                threads = kernelThreads.getMethod("start", int.class).invoke(null, THREADS);
                training = trainingClass.getConstructor(network, double[][].class, double[][].class, trainingConfig,
                        kernelThreads);
            } else {
                threads = null;
                training = trainingClass.getConstructor(network, double[][].class, double[][].class, trainingConfig);
            }
            run = trainingClass.getMethod("run", int.class, l.loadClass("com.nnplayground.engine.TrainingListener"),
                    java.util.function.BooleanSupplier.class);
        }

        private static Object constant(Class<?> type, String name) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name))
                    .findFirst().orElseThrow();
        }

        /** Seconds for a fresh run of a window's iterations. */
        double window() throws Exception {
            Object t = threads == null ? training.newInstance(start, x, y, config)
                    : training.newInstance(start, x, y, config, threads);
            long begin = System.nanoTime();
            int done = (int) run.invoke(t, iterations, null, null);
            double seconds = (System.nanoTime() - begin) / 1e9;
            if (done != iterations) {
                throw new IllegalStateException("a window ran " + done + " of " + iterations + " iterations");
            }
            return seconds;
        }
    }
}
