package com.nnplayground.link.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the page keeps in the browser tab, not on the server: its address (the link of the experiment shown) and
 * the tab's session storage (own data too long for a link, the last run). A test gives the page a tab of its own.
 */
public interface TabMemory {

    /** Writes the address without a new history entry (typing, editing). */
    void replace(String query);

    /** Writes the address as a new history entry (a deliberate change: Back returns to the one before). */
    void push(String query);

    void store(String key, String value);

    void remove(String key);

    /** Reads these keys and gives what was there (a missing key: no entry) once the browser has answered. */
    void read(List<String> keys, Consumer<Map<String, String>> then);
}
