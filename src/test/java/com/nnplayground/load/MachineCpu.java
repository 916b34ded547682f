package com.nnplayground.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole machine's CPU time from /proc/stat (Linux), to tell how much of a busy machine the server got while
 * the browsers shared its cores.
 */
final class MachineCpu {
    /** The kernel's clock ticks per second for /proc/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private MachineCpu() {
    }

    /** {busy ticks, total ticks} over all CPUs since boot. */
    static long[] read() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "machine busy 97 % / server 23 %" between two readings, given the server's CPU nanoseconds in between. */
    static String describe(long[] before, long[] after, long serverCpuNanos) {
        double busySeconds = (after[0] - before[0]) / TICKS_PER_SECOND;
        double totalSeconds = (after[1] - before[1]) / TICKS_PER_SECOND;
        return String.format("%.0f %% / %.0f %% (server %.0f CPU-s of %.0f busy CPU-s)", 100 * busySeconds / totalSeconds,
                100 * serverCpuNanos / 1e9 / busySeconds, serverCpuNanos / 1e9, busySeconds);
    }
}
