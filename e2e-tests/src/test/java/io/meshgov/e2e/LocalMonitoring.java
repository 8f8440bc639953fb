package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.fail;

import io.meshgov.kit.test.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The Prometheus and Alertmanager {@code ./mesh up --monitoring} starts, from Debian's packages (on the PATH; CI's
 * {@code .ci/run} installs them), read through their HTTP APIs. Without them the monitoring part of a test is
 * skipped, unless {@code MESHGOV_REQUIRE_MONITORING_TOOLS=1} (CI) makes that a failure.
 */
record LocalMonitoring(Api prometheus, Api alertmanager) {

    static boolean available() {
        boolean found = Stream.of("prometheus", "prometheus-alertmanager").allMatch(LocalMonitoring::installed);
        if (!found && "1".equals(System.getenv("MESHGOV_REQUIRE_MONITORING_TOOLS"))) {
            fail("prometheus and prometheus-alertmanager are required here: sudo apt-get install"
                    + " --no-install-recommends prometheus prometheus-alertmanager (.ci/run does)");
        }
        return found;
    }

    private static boolean installed(String name) {
        return Stream.concat(
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                                .filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, name)),
                        Stream.of(MeshProcesses.ROOT
                                .resolve("target/tools/usr/bin")
                                .resolve(name)))
                .anyMatch(Files::isExecutable);
    }

    /** Whether Prometheus has {@code alertname} firing with {@code label} = {@code value}. */
    boolean firing(String alertname, String label, String value) {
        for (JsonNode alert : prometheus.ok("/api/v1/alerts").at("/data/alerts")) {
            if (alert.at("/labels/alertname").asString().equals(alertname)
                    && alert.at("/labels/" + label).asString().equals(value)
                    && alert.get("state").asString().equals("firing")) return true;
        }
        return false;
    }

    /** Whether Alertmanager holds {@code alertname} with {@code label} = {@code value}, routed to {@code receiver}. */
    boolean received(String alertname, String label, String value, String receiver) {
        for (JsonNode alert : alertmanager.ok("/api/v2/alerts")) {
            if (alert.at("/labels/alertname").asString().equals(alertname)
                    && alert.at("/labels/" + label).asString().equals(value)
                    && alert.get("receivers").findValuesAsString("name").contains(receiver)) return true;
        }
        return false;
    }
}
