package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on our machines, so docker-compose.yml is checked against the services' own
 * configuration instead: every variable it sets is one the service reads, ports and health checks agree, topics
 * are created with the services' partition count, and the Kafka image is the clients' version.
 */
class ComposeFileTests {

    private static final Path ROOT = MeshProcesses.ROOT;
    private final Map<String, Object> compose = load();

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "lineage", "quality"})
    void everyVariableOfAServiceMapsToAPropertyItReads(String name) throws IOException {
        Map<String, Object> service = service(name + "-service");
        String config = Files.readString(ROOT.resolve(name + "-service/src/main/resources/application.yml"));

        Map<String, Object> environment = map(service.get("environment"));
        assertThat(environment).isNotEmpty();
        assertThat(environment.keySet())
                .allSatisfy(variable ->
                        assertThat(config).as("%s reads %s", name, variable).contains("${" + variable + ":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "lineage", "quality"})
    void portsHealthChecksVolumesAndStartupOrderAgree(String name) {
        Map<String, Object> service = service(name + "-service");
        Map<String, Object> environment = map(service.get("environment"));
        String port = String.valueOf(environment.get("MESHGOV_" + name.toUpperCase() + "_PORT"));

        assertThat(list(service.get("ports"))).containsExactly(port + ":" + port);
        assertThat(String.join(" ", list(map(service.get("healthcheck")).get("test"))))
                .contains("http://localhost:" + port + "/actuator/health");
        assertThat(environment.get("MESHGOV_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(list(service.get("volumes")))
                .containsExactly(name + "-state:" + environment.get("MESHGOV_STATE_DIR"));
        assertThat(map(compose.get("volumes"))).containsKey(name + "-state");
        Map<String, Object> dependsOn = map(service.get("depends_on"));
        assertThat(map(dependsOn.get("kafka")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(dependsOn.get("mesh-init")).get("condition")).isEqualTo("service_completed_successfully");
        assertThat(map(service.get("build")).get("target")).isEqualTo(name + "-service");
    }

    @Test
    void topicsAreCreatedWithTheServicesPartitionCountBeforeTheyStart() {
        List<String> command = list(service("mesh-init").get("command"));

        assertThat(command.subList(0, 2)).containsExactly("setup", "kafka:9092");
        for (String name : List.of("catalog", "lineage", "quality")) {
            assertThat(String.valueOf(
                            map(service(name + "-service").get("environment")).get("MESHGOV_PARTITIONS")))
                    .isEqualTo(command.get(2));
        }
    }

    @Test
    void theRegistryIsTheVersionMeshRunsOnLoopbackWithItsIdsInANamedVolumeAndTheReadersWaitForIt() {
        Map<String, Object> registry = service("schema-registry");
        String runner = RegistryProcess.runnerJar().getFileName().toString(); // apicurio-registry-app-<v>-runner.jar

        assertThat(runner).startsWith("apicurio-registry-app-");
        assertThat(registry.get("image"))
                .isEqualTo("apicurio/apicurio-registry:"
                        + runner.substring(
                                "apicurio-registry-app-".length(), runner.length() - "-runner.jar".length()));
        assertThat(list(registry.get("ports"))).containsExactly("127.0.0.1:8090:8080");
        assertThat(map(registry.get("environment"))).containsEntry("APICURIO_STORAGE_KIND", "sql");
        assertThat(list(registry.get("volumes"))).containsExactly("registry-data:/var/lib/apicurio");
        for (String reader : List.of("catalog", "quality")) {
            Map<String, Object> service = service(reader + "-service");
            assertThat(map(service.get("environment")).get("MESHGOV_SCHEMA_REGISTRY_URL"))
                    .isEqualTo("http://schema-registry:8080/apis/ccompat/v7");
            assertThat(map(map(service.get("depends_on")).get("schema-registry"))
                            .get("condition"))
                    .isEqualTo("service_healthy");
        }
    }

    @Test
    void kafkaIsTheOfficialImageAtTheClientsVersionWithItsDataInANamedVolume() {
        Map<String, Object> kafka = service("kafka");

        assertThat(kafka.get("image")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(list(kafka.get("volumes"))).containsExactly("kafka-data:/var/lib/kafka/data");
        assertThat(map(kafka.get("environment")).get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(map(kafka.get("healthcheck"))).containsKey("test");
    }

    @Test
    void theBrokerDeniesByDefaultAndKnowsEachServiceByThePasswordTheServiceUses() {
        Map<String, Object> kafka = map(service("kafka").get("environment"));
        String users = String.valueOf(kafka.get("KAFKA_LISTENER_NAME_CLIENT_PLAIN_SASL_JAAS_CONFIG"));

        assertThat(kafka.get("KAFKA_AUTHORIZER_CLASS_NAME"))
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
        assertThat(kafka.get("KAFKA_SUPER_USERS")).isEqualTo("User:admin");
        assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
                .doesNotContainPattern(":PLAINTEXT(,|$)");
        for (String name : List.of("catalog", "lineage", "quality")) {
            Map<String, Object> environment = map(service(name + "-service").get("environment"));
            String jaas = String.valueOf(environment.get("MESHGOV_KAFKA_SASL_JAAS_CONFIG"));
            java.util.regex.Matcher login = java.util.regex.Pattern.compile(
                            "username=\"([^\"]+)\" password=\"([^\"]+)\"")
                    .matcher(jaas);
            assertThat(login.find()).as(name + " logs in").isTrue();
            assertThat(login.group(1)).isEqualTo("meshgov-" + name);
            assertThat(users).contains("user_" + login.group(1) + "=\"" + login.group(2) + "\"");
            assertThat(environment.get("MESHGOV_KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
        }
    }

    /**
     * The monitoring services: Prometheus scrapes each service on its port and loads meshgov's rules, Grafana gets
     * the datasource its dashboards name and the dashboards where its provider looks, everything on loopback.
     */
    @Test
    void prometheusScrapesEveryServiceWithTheRulesAndGrafanaFindsItsDatasourceAndDashboards() throws IOException {
        Map<String, Object> prometheus = service("prometheus");
        Map<String, Object> config = yaml("monitoring/prometheus/prometheus-compose.yml");
        Map<String, Object> job = map(items(config.get("scrape_configs")).get(0));
        List<String> targets = list(map(items(job.get("static_configs")).get(0)).get("targets"));

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        for (String name : List.of("catalog", "lineage", "quality")) {
            String port = String.valueOf(
                    map(service(name + "-service").get("environment")).get("MESHGOV_" + name.toUpperCase() + "_PORT"));
            assertThat(targets).contains(name + "-service:" + port);
        }
        assertThat(list(prometheus.get("volumes")))
                .contains(
                        "./monitoring/prometheus/prometheus-compose.yml:/etc/prometheus/prometheus.yml:ro",
                        "./monitoring/prometheus/meshgov-rules.yml:"
                                + list(config.get("rule_files")).get(0) + ":ro");

        Map<String, Object> grafana = service("grafana");
        Map<String, Object> datasource = map(items(yaml("monitoring/grafana/provisioning/datasources/prometheus.yml")
                        .get("datasources"))
                .get(0));
        String dashboardsPath =
                String.valueOf(map(map(items(yaml("monitoring/grafana/provisioning/dashboards/meshgov.yml")
                                                .get("providers"))
                                        .get(0))
                                .get("options"))
                        .get("path"));
        assertThat(list(grafana.get("volumes"))).contains("./monitoring/grafana/dashboards:" + dashboardsPath + ":ro");
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        try (var dashboards = Files.list(ROOT.resolve("monitoring/grafana/dashboards"))) {
            for (Path dashboard : dashboards.toList()) {
                assertThat(Files.readString(dashboard))
                        .as("%s names the provisioned datasource", dashboard.getFileName())
                        .contains("\"uid\": \"" + datasource.get("uid") + "\"");
            }
        }
        for (String name : List.of("prometheus", "alertmanager", "grafana")) {
            assertThat(list(service(name).get("ports")))
                    .allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:"));
        }
    }

    private static Map<String, Object> yaml(String path) throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve(path)));
    }

    private Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(compose.get("services")).get(name));
        assertThat(service).as("service %s in docker-compose.yml", name).isNotNull();
        return service;
    }

    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(Object value) {
        return (List<Object>) value;
    }
}
