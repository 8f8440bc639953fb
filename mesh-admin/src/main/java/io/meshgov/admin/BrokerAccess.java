package io.meshgov.admin;

import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the broker, as Kafka ACLs for a broker that denies whatever no ACL allows. A domain writes
 * (and reads) only under its own prefix {@code mesh.<domain>.}; a service reads every mesh topic and writes only its
 * own outputs, dead letters and internal topics. Everything here is an allow rule: isolation is the absence of one.
 */
public final class BrokerAccess {

    /** Domain principals are {@code User:domain-<name>}, so no domain name can be a service's or the admin's. */
    public static final String DOMAIN_PRINCIPAL_PREFIX = "domain-";

    /** The web console's user: it sends people's commands on the domains' command topics, and nothing else. */
    public static final String CONSOLE_USER = "meshgov-console";

    private static final String ANY_HOST = "*";

    private BrokerAccess() {}

    /** The user name a domain authenticates with (SCRAM), e.g. {@code domain-sales}. */
    public static String domainUser(DomainName domain) {
        return DOMAIN_PRINCIPAL_PREFIX + domain;
    }

    /** The topic (and transactional id, and consumer group) prefix that belongs to a domain. */
    public static String domainPrefix(DomainName domain) {
        return "mesh." + domain + ".";
    }

    /**
     * A domain's pipelines write and read their own topics (transactional producers included) and consume them with
     * groups named under the same prefix. Nothing else: no other domain's topic, no service output.
     */
    public static List<AclBinding> domain(DomainName domain) {
        String principal = "User:" + domainUser(domain);
        String prefix = domainPrefix(domain);
        List<AclBinding> acls = new ArrayList<>();
        for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE)) {
            acls.add(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, op));
        }
        acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, AclOperation.WRITE));
        acls.add(allow(principal, ResourceType.GROUP, prefix, PatternType.PREFIXED, AclOperation.READ));
        return acls;
    }

    /** Lets {@code reader}'s principal read {@code owner}'s topics (a cross-domain subscription, granted by hand). */
    public static List<AclBinding> readGrant(DomainName reader, DomainName owner) {
        String principal = "User:" + domainUser(reader);
        String prefix = domainPrefix(owner);
        return List.of(
                allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.DESCRIBE));
    }

    /**
     * The console may write a domain's command topics, those a person's action lands on ({@code mesh.<d>.products}:
     * deprecate, retire; {@code mesh.<d>.consumers}: register, deregister), and no other: not the domain's quality
     * or lineage, not a service's output. Granted with the domain's onboarding, revoked with its removal. Which
     * domain a person may act for is the console's check (the token's {@code domains} claim); the broker bounds what
     * a compromised console could write to the onboarded domains' command topics.
     */
    public static List<AclBinding> console(DomainName domain) {
        String principal = "User:" + CONSOLE_USER;
        List<AclBinding> acls = new ArrayList<>();
        for (InputTopic topic : List.of(InputTopic.PRODUCTS, InputTopic.CONSUMERS)) {
            for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.DESCRIBE)) {
                acls.add(allow(principal, ResourceType.TOPIC, topic.topicOf(domain), PatternType.LITERAL, op));
            }
        }
        return acls;
    }

    /**
     * The catalog's HTTP intake of OpenLineage events writes a domain's {@code mesh.<d>.openlineage} and no other of
     * its topics. Granted with the domain's onboarding, revoked with its removal; which domain a request may write for
     * is the catalog's check (the token's {@code domains} claim), as the console's is for people's actions.
     */
    public static List<AclBinding> lineageIntake(DomainName domain) {
        String principal = "User:" + ServiceAccess.CATALOG.user();
        String topic = InputTopic.OPENLINEAGE.topicOf(domain);
        return List.of(
                allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
    }

    /**
     * A service's Kafka Streams application: read every mesh topic (its inputs are patterns over all domains, which
     * an ACL cannot express more narrowly), write and create its own outputs, own everything named after its
     * application id (changelogs, repartition topics, its group, its transactional ids).
     */
    public static List<AclBinding> service(ServiceAccess service) {
        String principal = "User:" + service.user();
        String appId = service.applicationId();
        List<AclBinding> acls = new ArrayList<>();
        acls.add(allow(principal, ResourceType.TOPIC, "mesh.", PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow(principal, ResourceType.TOPIC, "mesh.", PatternType.PREFIXED, AclOperation.DESCRIBE));
        for (String output : service.outputs()) {
            acls.add(allow(principal, ResourceType.TOPIC, output, PatternType.LITERAL, AclOperation.WRITE));
            acls.add(allow(principal, ResourceType.TOPIC, output, PatternType.LITERAL, AclOperation.CREATE));
        }
        acls.add(allow(principal, ResourceType.TOPIC, appId + "-", PatternType.PREFIXED, AclOperation.ALL));
        acls.add(allow(principal, ResourceType.GROUP, appId, PatternType.LITERAL, AclOperation.READ));
        acls.add(
                allow(principal, ResourceType.TRANSACTIONAL_ID, appId + "-", PatternType.PREFIXED, AclOperation.WRITE));
        return acls;
    }

    private static AclBinding allow(
            String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, ANY_HOST, operation, AclPermissionType.ALLOW));
    }
}
