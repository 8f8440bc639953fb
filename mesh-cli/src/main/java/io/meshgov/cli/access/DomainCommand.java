package io.meshgov.cli.access;

import io.meshgov.mesh.DomainName;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * {@code domain <bootstrap> add <name> [--partitions=N] [--replication-factor=N] | list | remove <name>
 * [--delete-data] | grant-read <reader> <owner>}, with the admin's credentials from {@link ClientSettings}.
 */
public final class DomainCommand {

    private static final String USAGE = "usage: domain <bootstrap> add <name> [--partitions=N] [--replication-factor=N]"
            + " | list | remove <name> [--delete-data] | grant-read <reader> <owner>";

    private DomainCommand() {}

    public static void run(List<String> args) throws Exception {
        if (args.size() < 2) throw new IllegalArgumentException(USAGE);
        List<String> words = new ArrayList<>();
        int partitions = 4;
        short replication = 1;
        boolean deleteData = false;
        for (String arg : args.subList(2, args.size())) {
            if (arg.startsWith("--partitions=")) partitions = Integer.parseInt(arg.substring(13));
            else if (arg.startsWith("--replication-factor=")) replication = Short.parseShort(arg.substring(21));
            else if (arg.equals("--delete-data")) deleteData = true;
            else if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
            else words.add(arg);
        }
        try (Admin admin = Admin.create(ClientSettings.of(args.get(0)))) {
            DomainOnboarding onboarding = new DomainOnboarding(admin, partitions, replication, System.out);
            switch (args.get(1) + "/" + words.size()) {
                case "add/1" -> onboarding.add(DomainName.of(words.get(0)));
                case "list/0" -> onboarding.list();
                case "remove/1" -> onboarding.remove(DomainName.of(words.get(0)), deleteData);
                case "grant-read/2" -> onboarding.grantRead(DomainName.of(words.get(0)), DomainName.of(words.get(1)));
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
    }
}
