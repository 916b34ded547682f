package com.nnplayground.capacity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the heap the pages may hold, by their estimated cost ({@link MemoryCost}): at most
 * {@code sessionBytes} for one browser (an owner: a session, all its tabs) and {@code serverBytes} for everybody.
 * Something is checked before it is built and held while it lives: a {@link Reservation}, which an over-budget
 * request leaves as it was. The sizes come from the heap ({@link #ofHeap}), so a bigger server allows more.
 */
public final class MemoryBudget {
    private final long sessionBytes;
    private final long serverBytes;
    private final Map<Object, List<Reservation>> owners = new HashMap<>();
    private long held;

    public MemoryBudget(long sessionBytes, long serverBytes) {
        if (sessionBytes <= 0 || serverBytes < sessionBytes) {
            throw new IllegalArgumentException("A budget needs 0 < session bytes <= server bytes, got " + sessionBytes
                    + " and " + serverBytes);
        }
        this.sessionBytes = sessionBytes;
        this.serverBytes = serverBytes;
    }

    /** Shares of the largest heap the JVM will use ({@code -Xmx}). */
    public static MemoryBudget ofHeap(long maxHeapBytes, int sessionPercent, int serverPercent) {
        return new MemoryBudget(maxHeapBytes / 100 * sessionPercent, maxHeapBytes / 100 * serverPercent);
    }

    /** No limits: for tests and tools that run one page on their own. */
    public static MemoryBudget unbounded() {
        return new MemoryBudget(Long.MAX_VALUE / 4, Long.MAX_VALUE / 4);
    }

    public long sessionBytes() {
        return sessionBytes;
    }

    public long serverBytes() {
        return serverBytes;
    }

    /** An empty reservation of {@code owner}'s, to grow with {@link Reservation#hold} once {@link #check} allowed it. */
    public synchronized Reservation open(Object owner) {
        Reservation r = new Reservation(owner);
        owners.computeIfAbsent(owner, o -> new ArrayList<>()).add(r);
        return r;
    }

    /**
     * Holds {@code bytes} for {@code owner}, or refuses.
     *
     * @param what   what needs the memory, as the start of a sentence ("This dataset", "This run")
     * @param advice what the user can do instead, a sentence; may be empty
     * @throws OverBudgetException naming the limit it would pass and by how much
     */
    public synchronized Reservation reserve(Object owner, long bytes, String what, String advice) {
        check(owner, bytes, 0, what, advice);
        Reservation r = open(owner);
        r.apply(bytes);
        return r;
    }

    /** Refuses {@code bytes} more for {@code owner} (beyond {@code replaced}, which it would free) if over a limit. */
    public synchronized void check(Object owner, long bytes, long replaced, String what, String advice) {
        long more = bytes - replaced;
        if (more <= 0) {
            return;
        }
        long mine = held(owner);
        if (mine - replaced + bytes > sessionBytes) {
            throw new OverBudgetException(String.format("%s needs about %s of the server's memory, more than one browser"
                            + " may use on this server: %s for all its tabs, %s of it in use already (over by %s).%s",
                    what, MemoryCost.describe(bytes), MemoryCost.describe(sessionBytes),
                    MemoryCost.describe(mine - replaced), MemoryCost.describe(mine - replaced + bytes - sessionBytes),
                    advice.isEmpty() ? "" : " " + advice));
        }
        if (held + more > serverBytes) {
            throw new OverBudgetException(String.format("The server's memory is too full for %s: it needs about %s, and"
                            + " %s of the %s the server gives its pages is free (over by %s). Try again in a minute%s",
                    Character.toLowerCase(what.charAt(0)) + what.substring(1), MemoryCost.describe(bytes),
                    MemoryCost.describe(Math.max(0, serverBytes - held)), MemoryCost.describe(serverBytes),
                    MemoryCost.describe(held + more - serverBytes), advice.isEmpty() ? "." : ". " + advice));
        }
    }

    /** What {@code owner} holds. */
    public synchronized long held(Object owner) {
        long sum = 0;
        for (Reservation r : owners.getOrDefault(owner, List.of())) {
            sum += r.bytes;
        }
        return sum;
    }

    /** What everybody holds. */
    public synchronized long held() {
        return held;
    }

    /** Whether {@code bytes} more would still fit the server's budget. */
    public synchronized boolean fits(long bytes) {
        return held + bytes <= serverBytes;
    }

    /** Frees what {@code owner} holds (its session ended); its reservations are empty from now on. */
    public synchronized void releaseAll(Object owner) {
        for (Reservation r : owners.getOrDefault(owner, List.of())) {
            held -= r.bytes;
            r.bytes = 0;
            r.closed = true;
        }
        owners.remove(owner);
    }

    /** Memory held for one thing of one owner: a page, its data, a run. */
    public final class Reservation implements AutoCloseable {
        private final Object owner;
        private long bytes;
        private boolean closed;

        private Reservation(Object owner) {
            this.owner = owner;
        }

        /** Grows or shrinks to {@code bytes} whatever the limits: for what is already built and bounded otherwise. */
        public void hold(long bytes) {
            synchronized (MemoryBudget.this) {
                apply(bytes);
            }
        }

        public long bytes() {
            synchronized (MemoryBudget.this) {
                return bytes;
            }
        }

        private void apply(long next) {
            if (closed) {
                return;
            }
            held += next - bytes;
            bytes = next;
        }

        @Override
        public void close() {
            synchronized (MemoryBudget.this) {
                apply(0);
                closed = true;
                List<Reservation> mine = owners.get(owner);
                if (mine != null && mine.remove(this) && mine.isEmpty()) {
                    owners.remove(owner);
                }
            }
        }
    }
}
