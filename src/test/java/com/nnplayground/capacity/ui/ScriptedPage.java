package com.nnplayground.capacity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The script issue 17 found: it builds a whole page on the server without a browser ever connecting to it. */
final class ScriptedPage {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScriptedPage() {
    }

    /** A page as a script opens it: the HTML, Vaadin's start request, one navigate message; its own cookies. */
    static int open(int port) throws Exception {
        String base = "http://localhost:" + port + "/";
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                return page.statusCode();
            }
            JsonNode init = JSON.readTree(start(http, base).body()).get("appConfig");
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                    .formatted(init.get("uidl").get("Vaadin-Security-Key").asString());
            HttpResponse<String> built = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId="
                            + init.get("v-uiId").asInt())).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(built.body()).as("the whole playground was built").contains("loss-chart");
            return built.statusCode();
        }
    }

    /**
     * Vaadin's start request; in development mode a fresh server first answers "starting" (a page with the
     * x-devmodepending header) while it loads its frontend bundle, so this asks again until it is up.
     */
    private static HttpResponse<String> start(HttpClient http, String base) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query="))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (start.headers().firstValue("x-devmodepending").isEmpty()) {
                return start;
            }
            assertThat(System.currentTimeMillis()).as("the development server started within 120 s")
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
