package io.meshgov.console.act;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meshgov.console.actions}: whether people may act from the console, and the Kafka it sends their commands to.
 *
 * @param enabled whether the version page has its forms (a read-only console when off)
 * @param bootstrapServers the broker the domains' topics are on
 * @param timeout how long a send waits for the broker's acknowledgement
 * @param securityProtocol {@code PLAINTEXT} locally; {@code SASL_SSL} or {@code SASL_PLAINTEXT} with a secured broker
 * @param saslMechanism {@code PLAIN} for the console's fixed principal {@code meshgov-console}
 * @param saslJaasConfig the console's credentials (blank: none)
 */
@ConfigurationProperties("meshgov.console.actions")
public record ActionSettings(
        boolean enabled,
        String bootstrapServers,
        Duration timeout,
        @DefaultValue("PLAINTEXT") String securityProtocol,
        @DefaultValue("PLAIN") String saslMechanism,
        @DefaultValue("") String saslJaasConfig) {

    /** The producer settings the commands are sent with. */
    public Map<String, Object> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol);
        if (!saslJaasConfig.isBlank()) {
            config.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
            config.put(SaslConfigs.SASL_JAAS_CONFIG, saslJaasConfig);
        }
        return config;
    }

    @Override
    public String toString() {
        return "ActionSettings[enabled=" + enabled + ", bootstrapServers=" + bootstrapServers + ", securityProtocol="
                + securityProtocol + ", credentials=" + (saslJaasConfig.isBlank() ? "none" : "[hidden]") + "]";
    }
}
