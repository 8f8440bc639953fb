package io.meshgov.cli.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsTests {

    @Test
    void withNothingSetTheCliConnectsInPlaintext() throws Exception {
        assertThat(ClientSettings.of("localhost:9092", Map.of()))
                .containsExactly(Map.entry("bootstrap.servers", "localhost:9092"));
    }

    @Test
    void takesTheServicesVariablesAndAPropertiesFileForTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin.properties");
        Files.writeString(file, "ssl.truststore.location=/etc/kafka/truststore.p12\nsecurity.protocol=SSL\n");

        Map<String, Object> config = ClientSettings.of(
                "kafka:9093",
                Map.of(
                        "MESHGOV_KAFKA_CLIENT_CONFIG", file.toString(),
                        "MESHGOV_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "MESHGOV_KAFKA_SASL_MECHANISM", "PLAIN",
                        "MESHGOV_KAFKA_SASL_JAAS_CONFIG", "jaas;"));

        assertThat(config)
                .containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .as("the variable wins over the file")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", "jaas;");
    }
}
