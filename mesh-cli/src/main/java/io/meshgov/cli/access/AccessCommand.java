package io.meshgov.cli.access;

import io.meshgov.admin.access.AccessReconciler;
import io.meshgov.admin.access.GrantLog;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.SchemaRegistryClient;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * {@code access <bootstrap> reconcile [--every=<seconds>]}: applies the grants recorded on {@code mesh.access.grants}
 * as ACLs, with the admin's credentials from {@link ClientSettings}; once, or every N seconds until stopped. Records
 * framed for a registry are read with {@code MESHGOV_SCHEMA_REGISTRY_URL}.
 */
public final class AccessCommand {

    private static final String USAGE = "usage: access <bootstrap> reconcile [--every=<seconds>]";

    private AccessCommand() {}

    public static void run(List<String> args) throws Exception {
        if (args.size() < 2 || !args.get(1).equals("reconcile")) throw new IllegalArgumentException(USAGE);
        long every = 0;
        for (String arg : args.subList(2, args.size())) {
            if (arg.startsWith("--every=")) every = Long.parseLong(arg.substring(8));
            else throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
        }
        Map<String, Object> client = ClientSettings.of(args.get(0));
        String registry = System.getenv("MESHGOV_SCHEMA_REGISTRY_URL");
        EventCodec codec = registry == null || registry.isBlank()
                ? EventCodec.singleObject()
                : EventCodec.withRegistry(new SchemaRegistryClient(registry), EventCodec.Framing.SINGLE_OBJECT);
        try (Admin admin = Admin.create(client)) {
            if (!new AclChanges(admin, System.out).authorizerOn()) {
                System.out.println("access: the broker has no authorizer (a local broker): every domain reads every"
                        + " topic, no grant to apply");
                return;
            }
            do {
                reconcileOnce(admin, client, codec, System.out);
                if (every > 0) Thread.sleep(Duration.ofSeconds(every).toMillis());
            } while (every > 0);
        }
    }

    static void reconcileOnce(Admin admin, Map<String, Object> client, EventCodec codec, PrintStream out)
            throws Exception {
        Map<String, AccessGrantChanged> grants = GrantLog.read(client, codec, Duration.ofSeconds(60));
        AccessReconciler.Report report = AccessReconciler.reconcile(admin, grants.values(), Instant.now());
        out.println("access: " + grants.size() + " requests recorded; "
                + report.created().size() + " ACLs created, " + report.removed().size() + " removed, " + report.kept()
                + " in force already");
        report.created().forEach(acl -> out.println("  acl " + AclChanges.describe(acl) + ": created"));
        report.removed().forEach(acl -> out.println("  acl " + AclChanges.describe(acl) + ": removed"));
        report.refused().forEach(refused -> out.println("  refused " + refused));
    }
}
