package com.nnplayground.engine;

import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Splits the output rows of a large matrix product between the calling thread and a few shared daemon
 * helpers. Each output row is computed by exactly one thread, by the same loop in the same order as on one
 * thread, so the result is bit-identical whatever the thread count. Small work runs on the caller alone
 * (a hand-off costs microseconds), and so does work arriving while another run holds the helpers: a server
 * time-slicing many trainings never queues behind them. Nothing is allocated per call.
 */
final class Parallel {

    /** Computes output rows {@code from} (inclusive) to {@code to} (exclusive). */
    interface Rows {
        void compute(int from, int to);
    }

    /** Below this many multiply-adds a product stays on the calling thread. */
    static final long DEFAULT_MIN_WORK = 1L << 18;

    private static final ReentrantLock HELPERS_BUSY = new ReentrantLock();
    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static volatile long minWork = DEFAULT_MIN_WORK;
    private static Helper[] helpers = new Helper[0];

    private Parallel() {
    }

    /** For tests: how many threads (caller included) a large product may use, and from how much work on. */
    static void configure(int threadCount, long minimumWork) {
        threads = Math.max(1, threadCount);
        minWork = minimumWork;
    }

    static void reset() {
        configure(Runtime.getRuntime().availableProcessors(), DEFAULT_MIN_WORK);
    }

    /** Runs {@code task} over rows {@code 0..rows}, split in contiguous ranges when {@code rows * workPerRow} is large. */
    static void forRows(int rows, long workPerRow, Rows task) {
        int n = Math.min(threads, rows);
        if (n < 2 || rows * workPerRow < minWork || !HELPERS_BUSY.tryLock()) {
            task.compute(0, rows);
            return;
        }
        try {
            Helper[] team = helpers(n - 1);
            for (int t = 1; t < n; t++) {
                team[t - 1].start(task, rows * t / n, rows * (t + 1) / n, Thread.currentThread());
            }
            Throwable failure = null;
            try {
                task.compute(0, rows / n);
            } catch (Throwable e) {
                failure = e;
            }
            for (int t = 1; t < n; t++) {
                Throwable helperFailure = team[t - 1].await();
                if (failure == null) {
                    failure = helperFailure;
                }
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
        } finally {
            HELPERS_BUSY.unlock();
        }
    }

    /** Called with the lock held: grows the shared team to {@code count} helpers, never shrinks it. */
    private static Helper[] helpers(int count) {
        if (helpers.length < count) {
            Helper[] grown = java.util.Arrays.copyOf(helpers, count);
            for (int i = helpers.length; i < count; i++) {
                grown[i] = new Helper(i + 1);
            }
            helpers = grown;
        }
        return helpers;
    }

    /** A daemon thread that waits for one range at a time. */
    private static final class Helper implements Runnable {
        private static final int SPINS = 20_000;
        private final Thread thread;
        private volatile Rows task;
        private volatile boolean done = true;
        private int from;
        private int to;
        private Thread caller;
        private Throwable failure;

        Helper(int number) {
            thread = new Thread(this, "nn-engine-helper-" + number);
            thread.setDaemon(true);
            thread.start();
        }

        void start(Rows rows, int first, int end, Thread waiting) {
            from = first;
            to = end;
            caller = waiting;
            failure = null;
            done = false;
            task = rows;
            LockSupport.unpark(thread);
        }

        Throwable await() {
            for (int spin = 0; !done; spin++) {
                if (spin < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return failure;
        }

        @Override
        public void run() {
            while (true) {
                Rows current = task;
                for (int spin = 0; current == null; spin++) {
                    if (spin < SPINS) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                    current = task;
                }
                task = null;
                try {
                    current.compute(from, to);
                } catch (Throwable e) {
                    failure = e;
                }
                Thread waiting = caller;
                done = true;
                LockSupport.unpark(waiting);
            }
        }
    }
}
