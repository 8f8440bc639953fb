package io.meshgov.cli.access;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The Kafka client settings of the CLI, from the same environment variables as the services
 * ({@code MESHGOV_KAFKA_SECURITY_PROTOCOL}, {@code MESHGOV_KAFKA_SASL_MECHANISM},
 * {@code MESHGOV_KAFKA_SASL_JAAS_CONFIG}) plus, for anything else (TLS trust and key stores),
 * {@code MESHGOV_KAFKA_CLIENT_CONFIG}: a Kafka client properties file, as Kafka's own tools take with
 * {@code --command-config}. Unset: plaintext, for a local broker.
 */
public final class ClientSettings {

    private ClientSettings() {}

    public static Map<String, Object> of(String bootstrap) throws IOException {
        return of(bootstrap, System.getenv());
    }

    static Map<String, Object> of(String bootstrap, Map<String, String> env) throws IOException {
        Map<String, Object> config = new HashMap<>();
        String file = env.get("MESHGOV_KAFKA_CLIENT_CONFIG");
        if (file != null && !file.isBlank()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file))) {
                properties.load(reader);
            }
            properties.forEach((key, value) -> config.put(key.toString(), value));
        }
        putIfSet(config, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, env.get("MESHGOV_KAFKA_SECURITY_PROTOCOL"));
        putIfSet(config, SaslConfigs.SASL_MECHANISM, env.get("MESHGOV_KAFKA_SASL_MECHANISM"));
        putIfSet(config, SaslConfigs.SASL_JAAS_CONFIG, env.get("MESHGOV_KAFKA_SASL_JAAS_CONFIG"));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    private static void putIfSet(Map<String, Object> config, String key, String value) {
        if (value != null && !value.isBlank()) config.put(key, value);
    }
}
