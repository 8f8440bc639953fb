package io.meshgov.cli;

import io.meshgov.admin.TopicOffsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The benchmark's process-level figures, driving the running benchmark mesh through {@code ./mesh instance}: ingest
 * of the whole workload from empty state (by the service, and by one and two instances under a fresh application
 * id), restart with local state kept and rebuild after deleting it (each until health is UP, which means the read
 * model answers queries).
 */
final class Recovery {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final Path mesh;
    private final String bootstrap;
    private final Map<String, Integer> ports;

    Recovery(Path mesh, String bootstrap, Map<String, Integer> ports) {
        this.mesh = mesh;
        this.bootstrap = bootstrap;
        this.ports = ports;
    }

    /** Seconds from process start to healthy, with state kept and then with it deleted. */
    Map<String, Object> restarts(List<String> services) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String service : services) {
            instance("stop", service);
            double kept = startAndTimeHealthy(service, List.of(ports.get(service)));
            instance("stop", service);
            instance("wipe", service);
            double rebuilt = startAndTimeHealthy(service, List.of(ports.get(service)));
            figures.put(service, Map.of("restartKeptStateSeconds", kept, "rebuildSeconds", rebuilt));
        }
        return figures;
    }

    /**
     * Starts the service on empty state and times it until its group has no lag on its inputs and repartition topics;
     * it keeps running afterwards.
     */
    Map<String, Object> ingest(String service, String group, Pattern inputs, long events) throws Exception {
        long started = System.nanoTime();
        instance("start", service);
        return drained(started, List.of(ports.get(service)), group, inputs, events);
    }

    /**
     * {@code instances} instances of the service under a new application id consume the whole workload from empty
     * state, timed the same way; then they are stopped and their state deleted.
     */
    Map<String, Object> ingest(String service, int instances, Pattern inputs, long events) throws Exception {
        String app = "bench-" + service + "-x" + instances;
        List<Integer> instancePorts = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < instances; i++) {
            instancePorts.add(ports.get(service) + 10 + i);
            instance("start", service, app + "-" + i, String.valueOf(instancePorts.get(i)), app);
        }
        Map<String, Object> figures = drained(started, instancePorts, app, inputs, events);
        for (int i = 0; i < instances; i++) {
            instance("stop", app + "-" + i);
            instance("wipe", app + "-" + i);
        }
        return figures;
    }

    /**
     * Starts the service with its state kept and times, from healthy, how fast it works off what waited for it on
     * {@code pending} (counted from its group's lag when it is healthy, so nothing read while it started is counted)
     * until nothing is left on {@code processed} and its repartition topics.
     */
    Map<String, Object> catchUp(String service, String group, Pattern pending, Pattern processed) throws Exception {
        long started = System.nanoTime();
        instance("start", service);
        awaitHealthy(List.of(ports.get(service)), started);
        double healthy = seconds(started);
        long events;
        try (Admin admin = admin()) {
            events = TopicOffsets.lag(admin, group, pending);
        }
        long from = System.nanoTime();
        awaitDrained(group, processed, started);
        double consuming = seconds(from);
        return Map.of(
                "events",
                events,
                "secondsToHealthy",
                healthy,
                "seconds",
                consuming,
                "eventsPerSecond",
                events / consuming);
    }

    private Map<String, Object> drained(
            long started, List<Integer> servicePorts, String group, Pattern inputs, long events) throws Exception {
        awaitHealthy(servicePorts, started);
        double healthy = seconds(started);
        awaitDrained(group, inputs, started);
        double consuming = seconds(started) - healthy;
        return Map.of(
                "instances", servicePorts.size(),
                "events", events,
                "secondsToHealthy", healthy,
                "seconds", consuming,
                "eventsPerSecond", events / consuming);
    }

    /** Until {@code group} has committed everything on {@code inputs} and on its repartition topics. */
    private void awaitDrained(String group, Pattern inputs, long started) throws Exception {
        Pattern processed = Pattern.compile(inputs.pattern() + "|" + Pattern.quote(group) + "-.*-repartition");
        try (Admin admin = admin()) {
            while (TopicOffsets.lag(admin, group, processed) > 0) {
                if (seconds(started) > LIMIT.toSeconds()) throw new IllegalStateException(group + " did not drain");
                Thread.sleep(200);
            }
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    void stop(String service) throws Exception {
        instance("stop", service);
    }

    private double startAndTimeHealthy(String service, List<Integer> servicePorts) throws Exception {
        long started = System.nanoTime();
        instance("start", service);
        awaitHealthy(servicePorts, started);
        return seconds(started);
    }

    private void awaitHealthy(List<Integer> servicePorts, long started) throws Exception {
        long left = LIMIT.toSeconds() - (long) seconds(started);
        Health.await(
                (int) left,
                servicePorts.stream()
                        .map(p -> "http://localhost:" + p + "/actuator/health")
                        .toList());
    }

    private void instance(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(mesh.toString(), "instance"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) throw new IllegalStateException("failed: " + String.join(" ", command));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
