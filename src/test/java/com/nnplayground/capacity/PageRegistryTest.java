package com.nnplayground.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who holds how many pages, and which ones nobody uses: a class behind one address, a script, a closed tab. */
class PageRegistryTest {
    private static final String SCHOOL = "203.0.113.7";
    private static final String HOME = "198.51.100.4";
    private final PageRegistry registry = new PageRegistry(new CapacityLimits(12, 60, 80, 50, 30, 10, 15));

    @Test
    void a_class_behind_one_address_opens_its_pages_and_a_script_there_is_stopped_at_the_new_page_limit() {
        for (int i = 0; i < 10; i++) {
            Object session = new Object();
            registry.sessionOpened(session, SCHOOL, 0);
            Object page = new Object();
            registry.pageOpened(page, session, SCHOOL, 0);
            registry.connected(page);
        }
        assertThat(registry.refusal(SCHOOL, false)).isNull();
        for (int i = 0; i < 10; i++) {
            registry.sessionOpened(new Object(), SCHOOL, 0);
        }
        assertThat(registry.refusal(SCHOOL, false)).contains("10 pages that have not connected yet");
        assertThat(registry.refusal(SCHOOL, true)).as("a page in a session that counts already adds nothing").isNull();
        assertThat(registry.refusal(HOME, false)).as("another address is not held back").isNull();
    }

    @Test
    void an_address_and_the_server_have_their_most_pages() {
        for (int i = 0; i < 30; i++) {
            Object session = new Object();
            registry.sessionOpened(session, SCHOOL, 0);
            Object page = new Object();
            registry.pageOpened(page, session, SCHOOL, 0);
            registry.connected(page);
        }
        assertThat(registry.refusal(SCHOOL, false)).contains(SCHOOL + " holds 30 pages");
        for (int i = 0; i < 20; i++) {
            Object session = new Object();
            registry.sessionOpened(session, "10.0.0." + i, 0);
            Object page = new Object();
            registry.pageOpened(page, session, "10.0.0." + i, 0);
            registry.connected(page);
        }
        assertThat(registry.refusal(HOME, false)).contains("the server holds 50 pages");
    }

    @Test
    void pages_nobody_connected_to_and_sessions_without_pages_expire_after_the_start_time() {
        Object session = new Object();
        registry.sessionOpened(session, HOME, 0);
        Object script = new Object();
        registry.pageOpened(script, session, HOME, 1000);
        assertThat(registry.unconnectedPages()).containsExactly(script);
        assertThat(registry.startExpired(script, 15_000)).isFalse();
        assertThat(registry.startExpired(script, 16_001)).isTrue();
        assertThat(registry.idleSessions(60_000)).as("a session with a page is not idle").isEmpty();

        registry.pageClosed(script, 20_000);
        assertThat(registry.idleSessions(30_000)).isEmpty();
        assertThat(registry.idleSessions(35_001)).containsExactly(session);
        registry.sessionClosed(session);
        assertThat(registry.sessionCount()).isZero();
    }

    @Test
    void a_connected_page_is_a_page_like_any_other() {
        Object session = new Object();
        registry.sessionOpened(session, HOME, 0);
        Object page = new Object();
        registry.pageOpened(page, session, HOME, 0);
        registry.connected(page);
        assertThat(registry.unconnectedPages()).isEmpty();
        assertThat(registry.connectedPages()).containsExactly(page);
        assertThat(registry.startExpired(page, 1_000_000)).isFalse();
        registry.sessionClosed(session);
        assertThat(registry.pageCount()).as("a session's end ends its pages").isZero();
    }
}
