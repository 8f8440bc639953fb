package io.meshgov.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Apicurio Registry as ./mesh runs it: its runner jar unpacked from Maven Central by mesh-cli's build, on loopback, its
 * state in an H2 file under {@code home} so that a stopped registry comes back with the same ids. Stoppable and
 * restartable on the same port, for outages.
 */
final class RegistryProcess implements AutoCloseable {

    static final Path DISTRIBUTION = MeshProcesses.ROOT.resolve("mesh-cli/target/apicurio-registry");

    private final Path home;
    private final int port;
    private Process process;

    private RegistryProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    static RegistryProcess start(Path home) {
        RegistryProcess registry = new RegistryProcess(home, MeshProcesses.freePort());
        registry.startAgain();
        return registry;
    }

    /** The Confluent-compatible API: what MESHGOV_SCHEMA_REGISTRY_URL names. */
    String ccompatUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    /** Apicurio's own API: what its serializers' {@code apicurio.registry.url} names. */
    String nativeUrl() {
        return "http://127.0.0.1:" + port + "/apis/registry/v3";
    }

    synchronized void startAgain() {
        try {
            Files.createDirectories(home);
            List<String> command = List.of(
                    MeshProcesses.javaBinary(),
                    "-Xmx256m",
                    MeshProcesses.SHORT_LIVED_JVM.get(0),
                    MeshProcesses.SHORT_LIVED_JVM.get(1),
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.http.port=" + port,
                    "-Dapicurio.storage.kind=sql",
                    "-Dapicurio.storage.sql.kind=h2",
                    "-Dapicurio.datasource.url=jdbc:h2:file:"
                            + home.resolve("registry").toAbsolutePath(),
                    "-jar",
                    runnerJar().toString());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            Redirect.appendTo(home.resolve("registry.log").toFile()))
                    .start();
            awaitReady(Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Apicurio Registry", e);
        }
    }

    synchronized void stop() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/health/ready");
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited; see " + home.resolve("registry.log"));
            }
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Apicurio Registry not ready within " + limit);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path runnerJar() {
        try (Stream<Path> files = Files.list(DISTRIBUTION)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no Apicurio Registry in " + DISTRIBUTION + ": build mesh-cli first", e);
        }
    }
}
