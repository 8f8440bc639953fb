package io.meshgov.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prometheus' {@code promtool} and Alertmanager's {@code amtool}, from Debian's {@code prometheus} and
 * {@code prometheus-alertmanager} packages, on the PATH. A machine without them skips the checks, unless
 * {@code MESHGOV_REQUIRE_MONITORING_TOOLS=1} (CI, whose {@code .ci/run} installs them) makes that a failure.
 */
record MonitoringTool(Path binary) {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static MonitoringTool promtool() {
        return find("promtool", "MESHGOV_PROMTOOL");
    }

    static MonitoringTool amtool() {
        return find("amtool", "MESHGOV_AMTOOL");
    }

    private static MonitoringTool find(String name, String variable) {
        Optional<Path> found = Stream.concat(
                        Stream.ofNullable(System.getenv(variable)).map(Path::of),
                        Stream.concat(
                                Stream.of(System.getenv()
                                                .getOrDefault("PATH", "")
                                                .split(":"))
                                        .filter(dir -> !dir.isBlank())
                                        .map(dir -> Path.of(dir, name)),
                                Stream.of(ROOT.resolve("target/tools/usr/bin").resolve(name))))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty() && "1".equals(System.getenv("MESHGOV_REQUIRE_MONITORING_TOOLS"))) {
            fail(name + " not found: install Debian's prometheus and prometheus-alertmanager packages, or unpack them"
                    + " with `apt-get download prometheus prometheus-alertmanager` and `dpkg -x` into target/tools"
                    + " (.ci/run does)");
        }
        assumeTrue(found.isPresent(), name + " is not installed here: the monitoring checks are skipped");
        return new MonitoringTool(found.get());
    }

    /** Runs the tool in {@code dir}; returns its output, asserting it exited 0. */
    String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("%s finished", command)
                .isTrue();
        assertThat(process.exitValue())
                .as("%s exit code; its output:%n%s", command, output)
                .isZero();
        return output;
    }
}
