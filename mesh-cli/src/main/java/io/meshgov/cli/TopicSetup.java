package io.meshgov.cli;

import io.meshgov.admin.TopicLeaders;
import io.meshgov.cli.access.ClientSettings;
import io.meshgov.cli.access.DomainOnboarding;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the topics of the README table that are missing: domain inputs retained forever (they are the source of
 * truth every projection replays), outputs and dead letters (each service creates its own changelogs, which are its read model). Idempotent.
 */
public final class TopicSetup {

    private TopicSetup() {}

    public static List<String> create(String bootstrap, int partitions, List<String> domains) throws Exception {
        List<NewTopic> wanted = new ArrayList<>();
        for (String domain : domains) {
            for (InputTopic kind : InputTopic.values()) {
                wanted.add(DomainOnboarding.inputTopic(DomainName.of(domain), kind, partitions, (short) 1));
            }
        }
        // what the catalog accepted is lineage's and quality's source of truth: retained forever, like the inputs
        wanted.add(new NewTopic(Topics.GOVERNANCE_ACCEPTED, partitions, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
        wanted.add(new NewTopic(Topics.ACCESS_GRANTS, partitions, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        for (String topic : List.of(
                Topics.ALERTS,
                Topics.QUALITY_ALERTS,
                Topics.GOVERNANCE_VIOLATIONS,
                Topics.QUALITY_STATUS,
                Topics.CATALOG_DEAD_LETTER,
                Topics.LINEAGE_DEAD_LETTER,
                Topics.QUALITY_DEAD_LETTER)) {
            wanted.add(new NewTopic(topic, partitions, (short) 1));
        }
        try (Admin admin = Admin.create(ClientSettings.of(bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing =
                    wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            List<String> created = missing.stream().map(NewTopic::name).toList();
            TopicLeaders.await(admin, created, Duration.ofSeconds(60));
            System.out.println(
                    "topics: " + created.size() + " created, " + (wanted.size() - created.size()) + " already there");
            return created;
        }
    }
}
