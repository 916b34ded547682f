package com.nnplayground.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production jar as a child process, as a teacher would start it, with /diagnostics switched on.
 * Its log goes to target/load-server.log unless told otherwise.
 */
final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The one runnable jar in target/; refuses a development-mode jar, whose figures would mislead. */
    static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            Path jar = files.filter(p -> p.getFileName().toString().matches("nn-playground-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No jar in target/: build it with ./mvnw -Pproduction package -DskipTests"));
            try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                if (zip.stream().anyMatch(e -> e.getName().contains("/vaadin-dev-server-"))) {
                    throw new IllegalStateException(jar + " is a development-mode jar: build with -Pproduction");
                }
            }
            return jar;
        }
    }

    /** Starts the jar; {@code prefix} goes before the java command (e.g. taskset and its cores), may be empty. */
    static ServerProcess start(List<String> prefix, Path jar, String heap, List<String> settings) throws Exception {
        return start(prefix, jar, List.of("-Xmx" + heap), settings, Path.of("target", "load-server.log"), 0);
    }

    /** Starts the jar with these JVM options on {@code port} (0: a free one), its log in {@code log}. */
    static ServerProcess start(List<String> prefix, Path jar, List<String> jvmOptions, List<String> settings, Path log,
            int port) throws Exception {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }
        List<String> command = new ArrayList<>(prefix);
        command.add(javaBin());
        command.addAll(jvmOptions);
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "-jar", jar.toString(),
                "--server.port=" + port, "--playground.diagnostics.enabled=true"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(port, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited; see " + log);
            }
            try {
                server.diagnostics(false);
                return server;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        server.close();
        throw new IllegalStateException("The server did not answer within 120 s; see " + log);
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    /** GET /diagnostics; with {@code gc} the server collects first, so heapUsedBytes is the live heap. */
    JsonNode diagnostics(boolean gc) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "diagnostics" + (gc ? "" : "?gc=false")))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().startsWith("{")) {
            throw new IOException("/diagnostics answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** Runs the jar's {@code bench} command (no web server) and returns its JSON line. */
    static JsonNode bench(List<String> prefix, Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(javaBin(), "--add-modules", "jdk.incubator.vector", "-jar", jar.toString(), "bench"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("bench failed: " + out);
        }
        return JSON.readTree(out.lines().reduce((a, b) -> b).orElseThrow());
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Kills the server at once (SIGKILL), as a crash or a pulled plug would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
