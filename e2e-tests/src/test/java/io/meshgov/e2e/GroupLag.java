package io.meshgov.e2e;

import io.meshgov.admin.TopicOffsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** How many input records a service's consumer group has not yet committed, over the inputs it subscribes to. */
final class GroupLag {

    static final Pattern CATALOG = Pattern.compile("mesh\\.[^.]+\\.(products|consumers)");
    /** lineage follows what the catalog accepted; quality that and the domains' measurements. */
    static final Pattern LINEAGE = Pattern.compile("mesh\\.governance\\.accepted");

    static final Pattern QUALITY = Pattern.compile("mesh\\.[^.]+\\.quality|mesh\\.governance\\.accepted");

    private GroupLag() {}

    static long of(String bootstrap, String group, Pattern inputs) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return TopicOffsets.lag(admin, group, inputs);
        }
    }

    /** The group's lag over its inputs and every record on every domain's input topics, read together. */
    record Reading(long lag, long inputRecords) {}

    static Reading read(String bootstrap, String group, Pattern inputs) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return new Reading(TopicOffsets.lag(admin, group, inputs), TopicOffsets.total(admin, TopicOffsets.INPUTS));
        }
    }

    /** Every record on every domain's input topics. */
    static long inputRecords(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return TopicOffsets.total(admin, TopicOffsets.INPUTS);
        }
    }
}
