package io.meshgov.cli.access;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.admin.ServiceAccess;
import io.meshgov.admin.TopicLeaders;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ResourceNotFoundException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Self-service onboarding through Kafka's Admin API: a domain's three input topics, its SCRAM-SHA-512 principal
 * ({@code domain-<name>}) and the ACLs of {@link BrokerAccess#domain}. Every step checks what is there first, so
 * running it again changes nothing, and it prints each thing it created or found. A broker without an authorizer
 * (a local {@code ./mesh up}) gets the topics only, and the output says so.
 */
public final class DomainOnboarding {

    /** SCRAM iterations: Kafka's minimum for SHA-512 is 4096; 8192 as the Kafka docs' examples. */
    static final int ITERATIONS = 8192;

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long QUALITY_RETENTION_MS = TimeUnit.DAYS.toMillis(90);

    private final Admin admin;
    private final int partitions;
    private final short replicationFactor;
    private final PrintStream out;
    private final AclChanges acls;
    private final SecureRandom random = new SecureRandom();

    public DomainOnboarding(Admin admin, int partitions, short replicationFactor, PrintStream out) {
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.out = out;
        this.acls = new AclChanges(admin, out);
    }

    /** The topic a domain writes, with its retention: lifecycle and consumers forever, quality and runs 90 days. */
    public static NewTopic inputTopic(DomainName domain, InputTopic kind, int partitions, short replicationFactor) {
        boolean observations = kind == InputTopic.QUALITY || kind == InputTopic.OPENLINEAGE;
        String retention = observations ? Long.toString(QUALITY_RETENTION_MS) : "-1";
        return new NewTopic(kind.topicOf(domain), partitions, replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retention));
    }

    public void add(DomainName domain) throws Exception {
        out.println("domain " + domain + ":");
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (InputTopic kind : InputTopic.values()) {
            NewTopic topic = inputTopic(domain, kind, partitions, replicationFactor);
            if (existing.contains(topic.name())) {
                out.println("  topic " + topic.name() + ": already there");
            } else {
                missing.add(topic);
                out.println("  topic " + topic.name() + ": created (" + partitions + " partitions, retention.ms="
                        + topic.configs().get(TopicConfig.RETENTION_MS_CONFIG) + ")");
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            TopicLeaders.await(admin, missing.stream().map(NewTopic::name).toList(), TIMEOUT);
        }
        if (!acls.authorizerOn()) {
            out.println("  the broker has no authorizer (a local broker): no principal or ACLs needed");
            return;
        }
        String user = BrokerAccess.domainUser(domain);
        if (hasCredential(user)) {
            out.println("  principal User:" + user + ": already there (password unchanged)");
        } else {
            String password = newPassword();
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                            user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), password)))
                    .all()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            out.println("  principal User:" + user + ": created (SCRAM-SHA-512); password, shown once: " + password);
        }
        acls.grant(BrokerAccess.domain(domain));
        out.println("  console User:" + BrokerAccess.CONSOLE_USER + " (people's actions for " + domain + "):");
        acls.grant(BrokerAccess.console(domain));
        out.println("  catalog User:" + ServiceAccess.CATALOG.user() + " (OpenLineage over HTTP for " + domain + "):");
        acls.grant(BrokerAccess.lineageIntake(domain));
    }

    /** Lets {@code reader} read {@code owner}'s topics; idempotent. */
    public void grantRead(DomainName reader, DomainName owner) throws Exception {
        out.println("domain " + reader + " reads " + owner + ":");
        acls.grant(BrokerAccess.readGrant(reader, owner));
    }

    /**
     * Removes a domain's principal and its ACLs; its topics (the source of truth the projections replay) stay unless
     * {@code deleteData}, which also drops the grants others had on them.
     */
    public void remove(DomainName domain, boolean deleteData) throws Exception {
        out.println("domain " + domain + ":");
        String user = BrokerAccess.domainUser(domain);
        if (acls.authorizerOn()) {
            acls.revoke(new AclBindingFilter(
                    ResourcePatternFilter.ANY,
                    new AccessControlEntryFilter("User:" + user, null, AclOperation.ANY, AclPermissionType.ANY)));
            for (AclBinding consoleAcl : BrokerAccess.console(domain)) {
                acls.revoke(consoleAcl.toFilter());
            }
            for (AclBinding intakeAcl : BrokerAccess.lineageIntake(domain)) {
                acls.revoke(intakeAcl.toFilter());
            }
            if (deleteData) {
                acls.revoke(new AclBindingFilter(
                        new ResourcePatternFilter(
                                ResourceType.TOPIC, BrokerAccess.domainPrefix(domain), PatternType.PREFIXED),
                        AccessControlEntryFilter.ANY));
            }
            if (hasCredential(user)) {
                admin.alterUserScramCredentials(
                                List.of(new UserScramCredentialDeletion(user, ScramMechanism.SCRAM_SHA_512)))
                        .all()
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                out.println("  principal User:" + user + ": removed");
            } else {
                out.println("  principal User:" + user + ": not there");
            }
        }
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<String> topics = new ArrayList<>();
        for (InputTopic kind : InputTopic.values()) {
            String topic = kind.topicOf(domain);
            if (!existing.contains(topic)) continue;
            if (deleteData) topics.add(topic);
            out.println("  topic " + topic + ": " + (deleteData ? "deleted" : "kept (--delete-data drops it)"));
        }
        if (!topics.isEmpty()) admin.deleteTopics(topics).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Every domain the broker knows of (by its topics or its principal): topics, principal, ACLs, read grants. */
    public void list() throws Exception {
        Map<String, Set<String>> topics = new TreeMap<>();
        for (String topic : admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            for (InputTopic kind : InputTopic.values()) {
                kind.domainOf(topic).ifPresent(d -> topics.computeIfAbsent(d.value(), k -> new TreeSet<>())
                        .add(topic));
            }
        }
        boolean secured = acls.authorizerOn();
        Set<String> users = secured ? credentials() : Set.of();
        Map<String, List<AclBinding>> domainAcls = new TreeMap<>();
        if (secured) {
            for (AclBinding acl : acls.all()) {
                String principal = acl.entry().principal();
                if (principal.startsWith("User:" + BrokerAccess.DOMAIN_PRINCIPAL_PREFIX)) {
                    String name = principal.substring(("User:" + BrokerAccess.DOMAIN_PRINCIPAL_PREFIX).length());
                    domainAcls.computeIfAbsent(name, k -> new ArrayList<>()).add(acl);
                }
            }
        }
        Set<String> domains = new TreeSet<>(topics.keySet());
        users.stream()
                .filter(u -> u.startsWith(BrokerAccess.DOMAIN_PRINCIPAL_PREFIX))
                .forEach(u -> domains.add(u.substring(BrokerAccess.DOMAIN_PRINCIPAL_PREFIX.length())));
        domains.addAll(domainAcls.keySet());
        for (String domain : domains) {
            List<AclBinding> own = domainAcls.getOrDefault(domain, List.of());
            Set<String> readsFrom = new TreeSet<>();
            for (AclBinding acl : own) {
                String prefix = acl.pattern().name();
                if (acl.entry().operation() == AclOperation.READ
                        && acl.pattern().resourceType() == ResourceType.TOPIC
                        && !prefix.equals("mesh." + domain + ".")) {
                    readsFrom.add(prefix);
                }
            }
            out.println(domain + ": topics "
                    + topics.getOrDefault(domain, Set.of()).size() + "/"
                    + InputTopic.values().length
                    + (secured
                            ? ", principal "
                                    + (users.contains(BrokerAccess.DOMAIN_PRINCIPAL_PREFIX + domain) ? "yes" : "no")
                                    + ", " + own.size() + " ACLs" + (readsFrom.isEmpty() ? "" : ", reads " + readsFrom)
                            : ""));
        }
        if (domains.isEmpty()) out.println("no domains");
    }

    private boolean hasCredential(String user) throws Exception {
        try {
            return !admin.describeUserScramCredentials(List.of(user))
                    .description(user)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .credentialInfos()
                    .isEmpty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResourceNotFoundException) return false;
            throw e;
        }
    }

    private Set<String> credentials() throws Exception {
        return new TreeSet<>(admin.describeUserScramCredentials().users().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    }

    private String newPassword() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
