package io.meshgov.e2e;

import io.meshgov.kit.test.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The three services started from their runnable jars as separate processes, as ./mesh and production run them. */
final class MeshProcesses implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("catalog", "lineage", "quality");

    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Integer> ports = new java.util.HashMap<>();

    static MeshProcesses start(String bootstrap, Path home) {
        MeshProcesses mesh = new MeshProcesses();
        for (String service : SERVICES) mesh.launch(service, bootstrap, home);
        return mesh;
    }

    private void launch(String service, String bootstrap, Path home) {
        int port = freePort();
        ports.put(service, port);
        try {
            Files.createDirectories(home.resolve("logs"));
            ProcessBuilder builder = new ProcessBuilder(
                    javaBinary(),
                    "-Xmx384m",
                    "-jar",
                    jarOf(service).toString(),
                    "--server.port=" + port,
                    "--meshgov.catalog.escalation-check=1s");
            builder.environment().put("MESHGOV_KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            builder.environment()
                    .put("MESHGOV_STATE_DIR", home.resolve("state/" + service).toString());
            builder.environment().put("MESHGOV_PARTITIONS", "4");
            builder.redirectErrorStream(true)
                    .redirectOutput(home.resolve("logs/" + service + ".log").toFile());
            processes.add(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service, e);
        }
    }

    Api catalog() {
        return new Api(ports.get("catalog"));
    }

    Api lineage() {
        return new Api(ports.get("lineage"));
    }

    Api quality() {
        return new Api(ports.get("quality"));
    }

    List<String> healthUrls() {
        return SERVICES.stream()
                .map(s -> "http://localhost:" + ports.get(s) + "/actuator/health")
                .toList();
    }

    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static Path jarOf(String service) {
        Path target = ROOT.resolve(service + "-service/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(service + "-service-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target + ": package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
