package com.nnplayground.engine.kernels;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many threads one large product of a training run may use: the run's own thread plus {@code threads - 1}
 * helpers, which every run given this instance shares. Whoever owns it decides the count (the app from
 * {@code playground.training.threads-per-run}, the CLI's {@code bench} from {@code --threads}) and closes it.
 *
 * <p>A job is split in items (a product's output rows, or its slices of columns, an activation's neurons, a batch's
 * blocks of samples), and each item is computed by exactly one thread, by the same loop in the same order as on one
 * thread, so the result is bit-identical whatever the thread count and whoever computes which items. Small work runs on the
 * caller alone (a hand-off costs microseconds), and so does work arriving while another run holds the helpers: a
 * server time-slicing many trainings never queues behind them. Nothing is allocated per call.
 */
public final class KernelThreads implements AutoCloseable {

    /**
     * Computes items {@code from} (inclusive) to {@code to} (exclusive) of a job on thread {@code worker}, {@code 0}
     * for the caller, {@code 1..threads()-1} for the helpers: what a job's scratch buffers are indexed by.
     */
    interface Job {
        void compute(int from, int to, int worker);
    }

    /** Below this many multiply-adds a product stays on the calling thread. */
    static final long DEFAULT_MIN_WORK = 1L << 18;
    static final int CHUNKS_PER_THREAD = 4;
    private static final KernelThreads SINGLE = new KernelThreads(1, DEFAULT_MIN_WORK);

    private final int threads;
    private final long minWork;
    private final ReentrantLock busy = new ReentrantLock();
    /** Null for one thread. */
    private final Team team;

    private KernelThreads(int threads, long minWork) {
        this.threads = threads;
        this.minWork = minWork;
        this.team = threads > 1 ? new Team(threads - 1) : null;
    }

    /** Every product on the run's own thread; nothing to close. */
    public static KernelThreads single() {
        return SINGLE;
    }

    /**
     * Up to {@code threads} threads per product (1 or less: {@link #single()}); starts {@code threads - 1} daemon
     * helpers, which spin briefly after each product and then park, until {@link #close()}.
     */
    public static KernelThreads start(int threads) {
        return threads <= 1 ? SINGLE : new KernelThreads(threads, DEFAULT_MIN_WORK);
    }

    /** For tests: splits every product with at least {@code minWork} multiply-adds, however small. */
    static KernelThreads start(int threads, long minWork) {
        return new KernelThreads(Math.max(1, threads), minWork);
    }

    /** The most threads one product may use, the caller's included. */
    public int threads() {
        return threads;
    }

    /** Ends the helpers; products still arriving run on their caller alone. */
    @Override
    public void close() {
        if (team != null) {
            busy.lock();
            try {
                team.retire();
            } finally {
                busy.unlock();
            }
        }
    }

    /** For tests: how many of the helpers are still running. */
    int helpersAlive() {
        return team == null ? 0 : (int) Arrays.stream(team.helpers).filter(Thread::isAlive).count();
    }

    /** Runs {@code job} over items {@code 0..items}, split in fixed chunks when {@code items * workPerItem} is large. */
    void split(int items, long workPerItem, Job job) {
        split(items, workPerItem, CHUNKS_PER_THREAD, job);
    }

    /**
     * As {@link #split(int, long, Job)}, in at most {@code chunksPerThread} chunks per thread: fewer when each
     * chunk repeats some of the work (a product's packing of its right operand).
     */
    void split(int items, long workPerItem, int chunksPerThread, Job job) {
        int n = Math.min(threads, items);
        if (n < 2 || items * workPerItem < minWork || !busy.tryLock()) {
            job.compute(0, items, 0);
            return;
        }
        try {
            if (team.retired()) {
                job.compute(0, items, 0);
            } else {
                team.run(job, items, Math.min(items, chunksPerThread * n));
            }
        } finally {
            busy.unlock();
        }
    }

    /**
     * Step {@code spin} of a wait for another thread that is working: a spin hint for the first {@code Team.SPINS}
     * steps (a product's hand-off takes microseconds), then a yield, so that a thread the host has descheduled can
     * run.
     */
    static void pause(int spin) {
        if (spin < Team.SPINS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    /**
     * The caller and its helpers claim chunks of items from one counter. Chunk c is always items
     * {@code items*c/chunks .. items*(c+1)/chunks}, whoever claims it, so the bits never depend on the threads; and
     * the caller never waits for a helper that has not started (on a busy machine it may do every chunk itself).
     */
    private static final class Team {
        private static final int SPINS = 10_000;
        /** The job's generation in the high 32 bits, the next unclaimed chunk in the low 32. */
        private final AtomicLong claims = new AtomicLong();
        private final AtomicInteger finished = new AtomicInteger();
        private final Thread[] helpers;
        private volatile long generation;
        private volatile Job task;
        private volatile int items;
        private volatile int chunks;
        private volatile Throwable failure;

        Team(int size) {
            helpers = new Thread[size];
            for (int i = 0; i < size; i++) {
                int worker = i + 1;
                helpers[i] = new Thread(() -> help(worker), "nn-engine-helper-" + worker);
                helpers[i].setDaemon(true);
                helpers[i].start();
            }
        }

        boolean retired() {
            return generation < 0;
        }

        void run(Job job, int jobItems, int jobChunks) {
            long next = generation + 1;
            // First make every claim of the finished job fail, so no late helper pairs its counter with these fields.
            claims.set(next << 32 | Integer.MAX_VALUE);
            task = job;
            items = jobItems;
            chunks = jobChunks;
            failure = null;
            finished.set(0);
            claims.set(next << 32);
            generation = next;
            for (Thread helper : helpers) {
                LockSupport.unpark(helper);
            }
            work(next, job, jobItems, jobChunks, 0);
            for (int spin = 0; finished.get() < jobChunks; spin++) {
                pause(spin);
            }
            task = null;
            Throwable thrown = failure;
            if (thrown instanceof RuntimeException e) {
                throw e;
            } else if (thrown instanceof Error e) {
                throw e;
            }
        }

        /** Claims and computes chunks of job {@code gen} until none is left (or a newer job has started). */
        private void work(long gen, Job job, int jobItems, int jobChunks, int worker) {
            while (true) {
                long claim = claims.get();
                int chunk = (int) claim;
                if (claim >>> 32 != gen || chunk >= jobChunks) {
                    return;
                }
                if (claims.compareAndSet(claim, claim + 1)) {
                    try {
                        job.compute((int) ((long) jobItems * chunk / jobChunks),
                                (int) ((long) jobItems * (chunk + 1) / jobChunks), worker);
                    } catch (Throwable e) {
                        failure = e;
                    } finally {
                        finished.incrementAndGet();
                    }
                }
            }
        }

        private void help(int worker) {
            long seen = 0;
            while (generation >= 0) {
                long gen = generation;
                for (int spin = 0; gen == seen; spin++) {
                    if (spin < SPINS) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                    gen = generation;
                }
                if (gen < 0) {
                    return;
                }
                seen = gen;
                Job job = task;
                int jobItems = items;
                int jobChunks = chunks;
                if (job != null) {
                    work(gen, job, jobItems, jobChunks, worker);
                }
            }
        }

        /** Called with the lock held, so no job is running: the helpers end. */
        private void retire() {
            generation = -1;
            for (Thread helper : helpers) {
                LockSupport.unpark(helper);
            }
        }
    }
}
