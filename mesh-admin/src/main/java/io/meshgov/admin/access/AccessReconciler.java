package io.meshgov.admin.access;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessGrantState;
import io.meshgov.events.AccessResource;
import io.meshgov.events.AccessResourceKind;
import io.meshgov.mesh.DomainName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Makes the broker's ACLs say what the recorded grants say, idempotently: a grant in force (GRANTED, its end not come)
 * lets the requesting domain's principal READ and DESCRIBE each Kafka topic of the version, by a literal ACL on exactly
 * that topic; a grant that expired (or whose end has come, even before the catalog says so) loses them, unless another
 * grant in force needs the same ACL. Only ACLs some grant called for are ever removed: hand-made grants
 * ({@code ./mesh domain grant-read}) are not the reconciler's. A topic outside the owning domain's prefix is never
 * granted (an owner may only share what it owns), and is reported.
 */
public final class AccessReconciler {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What one run did: ACLs created and removed, ACLs in force already, resources refused. */
    public record Report(List<AclBinding> created, List<AclBinding> removed, int kept, List<String> refused) {}

    private AccessReconciler() {}

    /** The ACLs the grants call for at {@code now}. */
    public static Set<AclBinding> wanted(Collection<AccessGrantChanged> grants, Instant now) {
        Set<AclBinding> acls = new LinkedHashSet<>();
        for (AccessGrantChanged grant : grants) {
            if (inForce(grant, now)) acls.addAll(acls(grant));
        }
        return acls;
    }

    /** Every ACL any recorded grant ever called for: the only ones a run may remove. */
    public static Set<AclBinding> managed(Collection<AccessGrantChanged> grants) {
        Set<AclBinding> acls = new LinkedHashSet<>();
        for (AccessGrantChanged grant : grants) acls.addAll(acls(grant));
        return acls;
    }

    /** Topics a grant names outside its owner's prefix: never granted. */
    public static List<String> refused(Collection<AccessGrantChanged> grants) {
        List<String> refused = new ArrayList<>();
        for (AccessGrantChanged grant : grants) {
            for (String topic : topics(grant)) {
                if (!owned(grant, topic)) {
                    refused.add(grant.getRequestId() + ": " + topic + " is not under "
                            + BrokerAccess.domainPrefix(DomainName.of(grant.getOwnerDomain())));
                }
            }
        }
        return refused;
    }

    /** Creates the wanted ACLs that are missing and removes the managed ones no grant in force wants. */
    public static Report reconcile(Admin admin, Collection<AccessGrantChanged> grants, Instant now) throws Exception {
        Set<AclBinding> wanted = wanted(grants, now);
        Set<AclBinding> present = new HashSet<>();
        for (AclBinding acl : managed(grants)) {
            present.addAll(admin.describeAcls(acl.toFilter()).values().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        }
        List<AclBinding> create =
                wanted.stream().filter(acl -> !present.contains(acl)).toList();
        List<AclBinding> remove =
                present.stream().filter(acl -> !wanted.contains(acl)).toList();
        if (!create.isEmpty()) admin.createAcls(create).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!remove.isEmpty()) {
            admin.deleteAcls(remove.stream().map(AclBinding::toFilter).toList())
                    .all()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        return new Report(create, remove, wanted.size() - create.size(), refused(grants));
    }

    private static boolean inForce(AccessGrantChanged grant, Instant now) {
        return grant.getState() == AccessGrantState.GRANTED
                && grant.getExpiresAt() != null
                && grant.getExpiresAt().isAfter(now);
    }

    private static List<AclBinding> acls(AccessGrantChanged grant) {
        String principal = "User:" + BrokerAccess.domainUser(DomainName.of(grant.getReaderDomain()));
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : topics(grant)) {
            if (!owned(grant, topic)) continue;
            for (AclOperation operation : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
                acls.add(new AclBinding(
                        new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
            }
        }
        return acls;
    }

    private static List<String> topics(AccessGrantChanged grant) {
        return grant.getResources().stream()
                .filter(r -> r.getKind() == AccessResourceKind.KAFKA_TOPIC)
                .map(AccessResource::getName)
                .toList();
    }

    private static boolean owned(AccessGrantChanged grant, String topic) {
        return topic.startsWith(BrokerAccess.domainPrefix(DomainName.of(grant.getOwnerDomain())));
    }
}
