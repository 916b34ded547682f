package com.nnplayground.link.ui;

import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The page's own browser tab: the address through the History API (the router is not called: the page already
 * shows what the address says) and {@code sessionStorage}, which a full tab or a private window may refuse: then the
 * page only loses what a reload would have brought back.
 */
final class BrowserTab implements TabMemory {
    private final UI ui;

    BrowserTab(UI ui) {
        this.ui = ui;
    }

    @Override
    public void replace(String query) {
        ui.getPage().getHistory().replaceState(null, "?" + query, false);
    }

    @Override
    public void push(String query) {
        ui.getPage().getHistory().pushState(null, "?" + query, false);
    }

    @Override
    public void store(String key, String value) {
        ui.getPage().executeJs("try { sessionStorage.setItem($0, $1); } catch (e) { sessionStorage.removeItem($0); }",
                key, value);
    }

    @Override
    public void remove(String key) {
        ui.getPage().executeJs("try { sessionStorage.removeItem($0); } catch (e) { }", key);
    }

    private static ArrayNode names(List<String> keys) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        keys.forEach(array::add);
        return array;
    }

    @Override
    public void read(List<String> keys, Consumer<Map<String, String>> then) {
        ui.getPage().executeJs("const out = {}; try { for (const k of $0) { const v = sessionStorage.getItem(k);"
                        + " if (v !== null) out[k] = v; } } catch (e) { } return out;", names(keys))
                .then(JsonNode.class, json -> {
                    Map<String, String> values = new HashMap<>();
                    json.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
                    then.accept(values);
                }, error -> then.accept(Map.of()));
    }
}
