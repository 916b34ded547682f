package com.nnplayground.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the load test's processes run. In a classroom the server has its cores to itself and every browser runs
 * on a student's machine; here the 40 browsers run on the test machine too. Shared, Linux gives every thread an
 * equal turn, and Chromium's ~100 threads take more than half of the CPU: the figures then measure the browsers as
 * much as the server. Split (the default where {@code taskset} exists and there are at least 2 cores), the server
 * gets the first half of the cores and one training thread per core of them, and the browsers and this harness
 * the other half: a server half the size of the machine, with its CPU to itself. {@code -Dload.cpus=shared} runs
 * everything on every core, as before.
 */
final class CpuSplit {
    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    private final int cores = Runtime.getRuntime().availableProcessors();
    private final boolean split = !"shared".equals(System.getProperty("load.cpus"))
            && cores >= 2 && Files.isExecutable(TASKSET);

    /** The cores the server may use: half of them when split. */
    int serverCores() {
        return split ? cores / 2 : cores;
    }

    /** The cores the browsers (and this harness) run on: the other half when split, else all of them. */
    int browserCores() {
        return split ? cores - cores / 2 : cores;
    }

    /** Prefixed to the server's (and the CLI benchmark's) command line: {@code taskset -c 0-...} when split. */
    List<String> serverPrefix() {
        return split ? List.of(TASKSET.toString(), "-c", range(0, cores / 2)) : List.of();
    }

    /**
     * Moves this JVM (every thread) onto the browsers' cores; the Playwright drivers and Chromium processes it
     * starts afterwards inherit that.
     */
    void pinHarness() throws Exception {
        if (!split) {
            return;
        }
        Process p = new ProcessBuilder(TASKSET.toString(), "-a", "-p", "-c", range(cores / 2, cores),
                Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("taskset failed: " + out);
        }
    }

    String describe() {
        return split
                ? String.format("CPUs split: the server on cores %s (%d training thread%s), the 40 browsers and the"
                        + " harness on cores %s (-Dload.cpus=shared to share every core)", range(0, cores / 2),
                        serverCores(), serverCores() == 1 ? "" : "s", range(cores / 2, cores))
                : "CPUs shared: the server and the 40 browsers on all " + cores + " cores";
    }

    private static String range(int from, int to) {
        return to - from == 1 ? Integer.toString(from) : from + "-" + (to - 1);
    }
}
