package io.meshgov.cli.access;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.SecurityDisabledException;
import org.apache.kafka.common.resource.PatternType;

/** Adds and removes ACLs through the Admin API, printing each one with whether it was created or already there. */
final class AclChanges {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Admin admin;
    private final PrintStream out;

    AclChanges(Admin admin, PrintStream out) {
        this.admin = admin;
        this.out = out;
    }

    /** Creates the ACLs of {@code wanted} that are missing. */
    void grant(List<AclBinding> wanted) throws Exception {
        Set<AclBinding> present = new HashSet<>();
        for (AclBinding acl : wanted)
            present.addAll(get(admin.describeAcls(acl.toFilter()).values()));
        List<AclBinding> missing =
                wanted.stream().filter(acl -> !present.contains(acl)).toList();
        if (!missing.isEmpty()) get(admin.createAcls(missing).all());
        for (AclBinding acl : wanted) {
            out.println("  acl " + describe(acl) + ": " + (present.contains(acl) ? "already there" : "created"));
        }
    }

    /** Deletes every ACL the filter matches. */
    void revoke(AclBindingFilter filter) throws Exception {
        for (var deleted :
                get(admin.deleteAcls(List.of(filter)).values().get(filter)).values()) {
            if (deleted.binding() != null) out.println("  acl " + describe(deleted.binding()) + ": removed");
        }
    }

    Collection<AclBinding> all() throws Exception {
        return get(admin.describeAcls(AclBindingFilter.ANY).values());
    }

    /** False when the broker runs without an authorizer (ACL requests fail with SecurityDisabledException). */
    boolean authorizerOn() throws Exception {
        try {
            all();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SecurityDisabledException) return false;
            throw e;
        }
    }

    /** {@code User:domain-sales ALLOW WRITE TOPIC mesh.sales.*} ({@code *}: a prefix). */
    static String describe(AclBinding acl) {
        return acl.entry().principal() + " " + acl.entry().permissionType() + " "
                + acl.entry().operation() + " "
                + acl.pattern().resourceType() + " " + acl.pattern().name()
                + (acl.pattern().patternType() == PatternType.PREFIXED ? "*" : "");
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) throws Exception {
        return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
