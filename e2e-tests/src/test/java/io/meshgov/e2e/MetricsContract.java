package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The metric names the rules ({@code monitoring/prometheus/meshgov-rules.yml}) and the Grafana dashboards use are the
 * ones the services export: read from live {@code /actuator/prometheus} scrapes, so that renaming a metric breaks the
 * build, not the alert or the panel.
 */
final class MetricsContract {

    static final List<Path> USERS = List.of(
            MeshProcesses.ROOT.resolve("monitoring/prometheus/meshgov-rules.yml"),
            MeshProcesses.ROOT.resolve("monitoring/grafana/dashboards/meshgov-governance.json"),
            MeshProcesses.ROOT.resolve("monitoring/grafana/dashboards/meshgov-services.json"));
    private static final Pattern USED =
            Pattern.compile("\\b(?:meshgov|kafka_stream|jvm_memory|http_server_requests)_[a-z0-9_]+\\b");

    private MetricsContract() {}

    /** Every metric name the rules use, appearing in at least one of the services' scrapes. */
    static void verify(List<Integer> ports) throws IOException, InterruptedException {
        Set<String> exported = new TreeSet<>();
        for (int port : ports) {
            scrape(port)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(exported::add);
        }
        Set<String> used = new TreeSet<>();
        for (Path user : USERS) {
            USED.matcher(Files.readString(user)).results().forEach(m -> used.add(m.group()));
        }

        assertThat(used).as("metric names the rules and dashboards use").hasSizeGreaterThan(12);
        assertThat(exported).as("metric names the services export").containsAll(used);
    }

    /** One service's {@code /actuator/prometheus}. */
    static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> scrape = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).as("scrape of port %d", port).isEqualTo(200);
        return scrape.body();
    }
}
