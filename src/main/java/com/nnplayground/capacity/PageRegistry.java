package com.nnplayground.capacity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pages and sessions the server holds, by client address, and whether one more may open. A session without a
 * page yet counts as a page (its browser is about to open one, or a script made it and never will). A page or session
 * is new until its browser connects to it (opens its push connection, or sends a heartbeat): a script that fetches
 * the page without a browser never does, and {@link #unconnectedPages} and {@link #idleSessions} name what to close.
 * Pages and sessions are keys of any type (in the app: Vaadin's UI and session), so this is plain Java.
 */
public final class PageRegistry {
    private final CapacityLimits limits;
    private final Map<Object, Entry> sessions = new ConcurrentHashMap<>();
    private final Map<Object, Entry> pages = new ConcurrentHashMap<>();
    private final Map<Tally, AtomicLong> tallies = new EnumMap<>(Tally.class);

    /** What the server closed or refused, counted since it started (for /diagnostics). */
    public enum Tally {
        /** Pages no browser connected to within the start time. */
        PAGE_UNCONNECTED,
        /** Pages whose browser went away. */
        PAGE_GONE,
        /** Sessions without a page for longer than the start time. */
        SESSION_IDLE,
        /** New pages refused with the "server is full" page. */
        PAGE_REFUSED
    }

    /** Where a page or session came from, when, whether its browser connected, and (for a page) its session. */
    private static final class Entry {
        final String address;
        final Object session;
        final long openedMillis;
        volatile long sinceMillis;
        volatile boolean connected;

        Entry(String address, Object session, long sinceMillis) {
            this.address = address;
            this.session = session;
            this.openedMillis = sinceMillis;
            this.sinceMillis = sinceMillis;
        }
    }

    public PageRegistry(CapacityLimits limits) {
        this.limits = limits;
        for (Tally tally : Tally.values()) {
            tallies.put(tally, new AtomicLong());
        }
    }

    public void count(Tally tally) {
        tallies.get(tally).incrementAndGet();
    }

    public long counted(Tally tally) {
        return tallies.get(tally).get();
    }

    public void sessionOpened(Object session, String address, long nowMillis) {
        sessions.put(session, new Entry(address, null, nowMillis));
    }

    public void sessionClosed(Object session) {
        sessions.remove(session);
        pages.values().removeIf(page -> page.session == session);
    }

    public void pageOpened(Object page, Object session, String address, long nowMillis) {
        pages.put(page, new Entry(address, session, nowMillis));
    }

    /** The page is gone; its session, if it has no other page, counts as new again from {@code nowMillis}. */
    public void pageClosed(Object page, long nowMillis) {
        Entry closed = pages.remove(page);
        Entry session = closed == null ? null : sessions.get(closed.session);
        if (session != null && pagesOf(closed.session) == 0) {
            session.sinceMillis = nowMillis;
        }
    }

    /** The page's browser connected to it: from now on it is a page like any other, not a new one. */
    public void connected(Object page) {
        Entry entry = pages.get(page);
        if (entry != null) {
            entry.connected = true;
        }
    }

    /** When the page opened; for a page not registered, never. */
    public long openedMillis(Object page) {
        Entry entry = pages.get(page);
        return entry == null ? Long.MAX_VALUE : entry.openedMillis;
    }

    public boolean isConnected(Object page) {
        Entry entry = pages.get(page);
        return entry != null && entry.connected;
    }

    /**
     * Why a new page from {@code address} may not open now (the server holds its most pages, the address its most
     * pages or new pages), or null when it may.
     *
     * @param inOpenSession the page opens in a session that counts already (its first page turns it into a page)
     */
    public String refusal(String address, boolean inOpenSession) {
        int total = 0;
        int fromAddress = 0;
        int newFromAddress = 0;
        for (Entry page : pages.values()) {
            total++;
            if (page.address.equals(address)) {
                fromAddress++;
                newFromAddress += page.connected ? 0 : 1;
            }
        }
        Set<Object> withPages = sessionsWithPages();
        for (Map.Entry<Object, Entry> session : sessions.entrySet()) {
            if (!withPages.contains(session.getKey())) {
                total++;
                if (session.getValue().address.equals(address)) {
                    fromAddress++;
                    newFromAddress++;
                }
            }
        }
        if (inOpenSession) {
            total--;
            fromAddress--;
            newFromAddress--;
        }
        if (total >= limits.maxPages()) {
            return "the server holds " + total + " pages, its limit (playground.limits.max-pages)";
        }
        if (fromAddress >= limits.maxPagesPerAddress()) {
            return address + " holds " + fromAddress + " pages, the limit per address"
                    + " (playground.limits.max-pages-per-address)";
        }
        if (newFromAddress >= limits.maxNewPagesPerAddress()) {
            return address + " opened " + newFromAddress + " pages that have not connected yet, the limit"
                    + " (playground.limits.max-new-pages-per-address)";
        }
        return null;
    }

    /** Pages that have not connected yet, oldest first: to look at, and to close once older than the start time. */
    public List<Object> unconnectedPages() {
        List<Map.Entry<Object, Entry>> waiting = new ArrayList<>();
        pages.entrySet().stream().filter(e -> !e.getValue().connected).forEach(waiting::add);
        waiting.sort((a, b) -> Long.compare(a.getValue().sinceMillis, b.getValue().sinceMillis));
        return waiting.stream().map(Map.Entry::getKey).toList();
    }

    /** Whether a page that has not connected has been waiting longer than the start time allows. */
    public boolean startExpired(Object page, long nowMillis) {
        Entry entry = pages.get(page);
        return entry != null && !entry.connected && nowMillis - entry.sinceMillis > limits.pageStartSeconds() * 1000L;
    }

    /** Connected pages: to look at, to close the ones whose browser went away. */
    public List<Object> connectedPages() {
        return pages.entrySet().stream().filter(e -> e.getValue().connected).map(Map.Entry::getKey).toList();
    }

    /** Sessions without a page for longer than the start time: nobody is about to use them. */
    public List<Object> idleSessions(long nowMillis) {
        Set<Object> withPages = sessionsWithPages();
        return sessions.entrySet().stream()
                .filter(e -> !withPages.contains(e.getKey()))
                .filter(e -> nowMillis - e.getValue().sinceMillis > limits.pageStartSeconds() * 1000L)
                .map(Map.Entry::getKey).toList();
    }

    public int pageCount() {
        return pages.size();
    }

    public int sessionCount() {
        return sessions.size();
    }

    private int pagesOf(Object session) {
        int n = 0;
        for (Entry page : pages.values()) {
            n += page.session == session ? 1 : 0;
        }
        return n;
    }

    private Set<Object> sessionsWithPages() {
        Set<Object> with = new HashSet<>();
        pages.values().forEach(page -> with.add(page.session));
        return with;
    }
}
