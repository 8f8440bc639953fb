package io.meshgov.e2e;

import io.meshgov.kit.test.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The services started from their runnable jars as separate processes, as ./mesh and production run them: by
 * default one instance of each, named after its service; more instances (another application id for a clean
 * replay, a second member of the same group) on request. An instance can be killed with SIGKILL and restarted on
 * its port with its local state.
 */
final class MeshProcesses implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("catalog", "lineage", "quality");

    /**
     * Two cores run up to seven service JVMs and a broker: compile with C1 only and collect on one thread. Half the
     * CPU for the same behaviour (the services' own test JVMs run the same way, see their argLine).
     */
    static final List<String> SHORT_LIVED_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private record Instance(String service, int port, List<String> args) {}

    private final String bootstrap;
    private final Path home;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    MeshProcesses(String bootstrap, Path home) {
        this.bootstrap = bootstrap;
        this.home = home;
    }

    static MeshProcesses start(String bootstrap, Path home) {
        MeshProcesses mesh = new MeshProcesses(bootstrap, home);
        for (String service : SERVICES) mesh.launch(service, service);
        return mesh;
    }

    /** Starts an instance of {@code service} called {@code name}, with its own port and state directory. */
    synchronized MeshProcesses launch(String service, String name, String... args) {
        instances.put(name, new Instance(service, freePort(), List.of(args)));
        run(name);
        return this;
    }

    /** SIGKILL: no shutdown hook, no flush, no commit; returns once the process is gone. */
    void kill(String name) throws InterruptedException {
        Process process;
        synchronized (this) {
            process = processes.remove(name);
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException(name + " survived SIGKILL");
    }

    synchronized void restart(String name) {
        run(name);
    }

    private void run(String name) {
        Instance instance = instances.get(name);
        try {
            Files.createDirectories(logs());
            List<String> command =
                    new ArrayList<>(List.of(javaBinary(), "-Xmx384m", SHORT_LIVED_JVM.get(0), SHORT_LIVED_JVM.get(1)));
            command.addAll(startFromArchive(instance.service(), classLog(name)));
            command.addAll(List.of("--server.port=" + instance.port(), "--meshgov.catalog.escalation-check=1s"));
            command.addAll(instance.args());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("MESHGOV_KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            builder.environment()
                    .put("MESHGOV_STATE_DIR", home.resolve("state/" + name).toString());
            builder.environment().put("MESHGOV_PARTITIONS", "4");
            builder.redirectErrorStream(true)
                    .redirectOutput(
                            Redirect.appendTo(logs().resolve(name + ".log").toFile()));
            processes.put(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    synchronized Api api(String name) {
        return new Api(instances.get(name).port());
    }

    synchronized int port(String name) {
        return instances.get(name).port();
    }

    Api catalog() {
        return api("catalog");
    }

    Api lineage() {
        return api("lineage");
    }

    Api quality() {
        return api("quality");
    }

    synchronized List<String> healthUrls() {
        return instances.values().stream()
                .map(i -> "http://localhost:" + i.port() + "/actuator/health")
                .toList();
    }

    @Override
    public void close() throws InterruptedException {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The service's extracted jar with the class data sharing archive its build trained, as ./mesh starts it; each
     * class it loads is logged to {@code classes}, with where it came from ({@link #sharedClasses}).
     */
    static List<String> startFromArchive(String service, Path classes) {
        Path jar = jarOf(service), app = jar.resolveSibling("app"), archive = app.resolve(service + "-service.jsa");
        try {
            if (!Files.getLastModifiedTime(archive)
                    .toInstant()
                    .isAfter(Files.getLastModifiedTime(jar).toInstant()))
                throw new IllegalStateException(archive + " is older than the jar: package without -Dmeshgov.cds.skip");
        } catch (IOException e) {
            throw new UncheckedIOException("no class data sharing archive: package without -Dmeshgov.cds.skip", e);
        }
        return List.of(
                "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info:file=" + classes,
                "-jar",
                app.resolve(jar.getFileName()).toString());
    }

    /** Of the classes an instance loaded (its class loading log, {@link #startFromArchive}), those from the archive. */
    static double sharedClasses(Path classes) throws IOException {
        try (Stream<String> lines = Files.lines(classes)) {
            List<String> loaded = lines.filter(l -> l.contains("[class,load]")).toList();
            return (double) loaded.stream()
                            .filter(l -> l.contains("source: shared objects file"))
                            .count()
                    / loaded.size();
        }
    }

    /** Where each instance's output goes, one file per instance name. */
    Path logs() {
        return home.resolve("logs");
    }

    Path classLog(String name) {
        return logs().resolve(name + ".classes");
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

    /** Every port {@link #freePort} handed out in this JVM. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port free now and never handed out before in this JVM. The classes run two at a time and a process binds its
     * port seconds after it was chosen: without the second condition two classes were handed the same port, and one's
     * catalog lost it to the other's quality service (a CI run of 2026-12-08: {@code GET /api/products/...} answered
     * "No static resource" for 150 s).
     */
    static int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
