package io.meshgov.cli.access;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.admin.ServiceAccess;
import java.io.PrintStream;
import org.apache.kafka.clients.admin.Admin;

/**
 * The services' ACLs ({@link BrokerAccess#service}) for their default principals; idempotent. The services'
 * credentials are the broker's (PLAIN users in its JAAS configuration), not created here.
 */
public final class PlatformAccess {

    private PlatformAccess() {}

    public static void grantServices(Admin admin, PrintStream out) throws Exception {
        AclChanges acls = new AclChanges(admin, out);
        if (!acls.authorizerOn()) {
            out.println("the broker has no authorizer (a local broker): no ACLs needed");
            return;
        }
        for (ServiceAccess service : ServiceAccess.ALL) {
            out.println("service " + service.user() + ":");
            acls.grant(BrokerAccess.service(service));
        }
    }
}
