package io.meshgov.cli.monitoring;

import static io.meshgov.cli.monitoring.MonitoringTool.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules and the Alertmanager example in {@code monitoring/} are what a platform team installs: they must load in
 * the real tools, every alert must have a unit test that fires it (and not its neighbours), and the routes must send
 * each alert to the right domain.
 */
class MonitoringRulesTests {

    private static final Path PROMETHEUS = ROOT.resolve("monitoring/prometheus");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ALERTMANAGER = ROOT.resolve("monitoring/alertmanager");
    private static final Pattern ALERT = Pattern.compile("^\\s*- alert: (\\w+)", Pattern.MULTILINE);
    private static final Pattern TESTED = Pattern.compile("^\\s*- alertname: (\\w+)", Pattern.MULTILINE);

    @Test
    void theRulesLoadInPrometheus() throws Exception {
        String output = MonitoringTool.promtool().run(PROMETHEUS, "check", "rules", "meshgov-rules.yml");

        assertThat(output).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAUnitTestAndEveryUnitTestPasses() throws Exception {
        MonitoringTool promtool = MonitoringTool.promtool();
        List<String> tests;
        try (Stream<Path> files = Files.list(PROMETHEUS.resolve("tests"))) {
            tests = files.map(p -> "tests/" + p.getFileName()).sorted().toList();
        }
        String rules = Files.readString(PROMETHEUS.resolve("meshgov-rules.yml"));
        StringBuilder testText = new StringBuilder();
        for (String test : tests) testText.append(Files.readString(PROMETHEUS.resolve(test)));

        assertThat(names(ALERT, rules))
                .as("alerts of meshgov-rules.yml")
                .isNotEmpty()
                .allSatisfy(alert -> assertThat(names(TESTED, testText.toString()))
                        .as("alerts tested in %s", tests)
                        .contains(alert));
        String output = promtool.run(
                PROMETHEUS,
                Stream.concat(Stream.of("test", "rules"), tests.stream()).toArray(String[]::new));
        assertThat(output).doesNotContain("FAILED");
    }

    /**
     * Grafana does not check a query until someone opens the panel: each dashboard query is parsed by promtool as a
     * recording rule (Grafana's interval variables replaced by a duration, as Grafana does), and the compose
     * Prometheus configuration is checked as well.
     */
    @Test
    void everyDashboardQueryAndTheComposePrometheusConfigurationParse(@TempDir Path dir) throws Exception {
        MonitoringTool promtool = MonitoringTool.promtool();
        List<String> queries = dashboardQueries();
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        for (int i = 0; i < queries.size(); i++) {
            String expr = queries.get(i).replace("$__rate_interval", "5m").replace("$__interval", "1m");
            rules.append("      - record: dashboard:query_")
                    .append(i)
                    .append("\n        expr: ")
                    .append(JSON.writeValueAsString(expr))
                    .append('\n');
        }
        Files.writeString(dir.resolve("dashboards.yml"), rules);

        assertThat(queries).as("dashboard queries").hasSizeGreaterThan(15);
        assertThat(promtool.run(dir, "check", "rules", "dashboards.yml")).contains("SUCCESS");
        promtool.run(PROMETHEUS, "check", "config", "--syntax-only", "prometheus-compose.yml");
    }

    /** Every {@code expr} of every panel of the provisioned dashboards. */
    static List<String> dashboardQueries() throws Exception {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("monitoring/grafana/dashboards"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode panel : JSON.readTree(file.toFile()).get("panels")) {
                    panel.get("targets")
                            .forEach(target -> queries.add(target.get("expr").asString()));
                }
            }
        }
        return queries;
    }

    @Test
    void theAlertmanagerExampleLoadsAndRoutesToTheOwningAndTheConsumingDomains() throws Exception {
        MonitoringTool amtool = MonitoringTool.amtool();
        amtool.run(ALERTMANAGER, "check-config", "alertmanager.yml");

        routes(amtool, "sales", "alertname=MeshgovSunsetNearWithConsumers", "domain=sales", "product=top-10-customers");
        routes(
                amtool,
                "finance",
                "alertname=MeshgovConsumerOnDeprecatedVersion",
                "domain=sales",
                "consumer_domain=finance",
                "product=top-10-customers");
        routes(amtool, "marketing", "alertname=MeshgovKpiFailing", "domain=marketing", "product=churn-scores");
        routes(amtool, "platform", "alertname=MeshgovDeadLetters", "team=platform", "service=catalog-service");
    }

    private static void routes(MonitoringTool amtool, String receiver, String... labels) throws Exception {
        String[] args = Stream.concat(
                        Stream.of(
                                "config",
                                "routes",
                                "test",
                                "--config.file=alertmanager.yml",
                                "--verify.receivers=" + receiver),
                        Stream.of(labels))
                .toArray(String[]::new);
        assertThat(amtool.run(ALERTMANAGER, args))
                .as("receiver of %s", List.of(labels))
                .contains(receiver);
    }

    private static List<String> names(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.results().map(r -> r.group(1)).distinct().toList();
    }
}
