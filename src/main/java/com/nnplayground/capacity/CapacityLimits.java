package com.nnplayground.capacity;

/**
 * What the server holds for all its pages, set in application.properties under {@code playground.limits} (next to
 * what one page may ask, {@code PlaygroundLimits}).
 *
 * @param sessionMemoryPercent   share of the heap one browser (all its tabs) may hold: pages, data and runs
 * @param serverMemoryPercent    share of the heap all pages together may hold; the rest is the server's own
 * @param heapPressurePercent    heap in use after a garbage collection above which new pages are refused
 * @param maxPages               pages (and sessions without a page yet) the server holds
 * @param maxPagesPerAddress     of them from one client address; a school behind one router shares one
 * @param maxNewPagesPerAddress  of them from one address that have not connected yet (opened in the last
 *                               {@code pageStartSeconds}): a class opening the page together, not a script
 * @param pageStartSeconds       how long a new page (or session) may take to connect before it is closed
 */
public record CapacityLimits(int sessionMemoryPercent, int serverMemoryPercent, int heapPressurePercent,
                             int maxPages, int maxPagesPerAddress, int maxNewPagesPerAddress, int pageStartSeconds) {

    public CapacityLimits {
        if (sessionMemoryPercent < 1 || serverMemoryPercent < sessionMemoryPercent || serverMemoryPercent > 95
                || heapPressurePercent < 1 || heapPressurePercent > 100 || maxPages < 1 || maxPagesPerAddress < 1
                || maxNewPagesPerAddress < 1 || pageStartSeconds < 1) {
            throw new IllegalArgumentException("playground.limits: session-memory-percent from 1 to"
                    + " server-memory-percent (at most 95), heap-pressure-percent from 1 to 100, and page counts and"
                    + " page-start-seconds from 1; got " + java.util.List.of(sessionMemoryPercent, serverMemoryPercent,
                    heapPressurePercent, maxPages, maxPagesPerAddress, maxNewPagesPerAddress, pageStartSeconds));
        }
    }

    public static CapacityLimits defaults() {
        return new CapacityLimits(12, 60, 80, 1000, 300, 100, 30);
    }

    public MemoryBudget budget(long maxHeapBytes) {
        return MemoryBudget.ofHeap(maxHeapBytes, sessionMemoryPercent, serverMemoryPercent);
    }
}
