package io.meshgov.cli;

import io.meshgov.cli.access.ClientSettings;
import io.meshgov.cli.access.DomainCommand;
import io.meshgov.cli.access.PlatformAccess;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * {@code topics <bootstrap> <partitions> <domain>...} creates the platform's and the domains' topics;
 * {@code setup <bootstrap> <partitions> <domain>...} does that, grants the services' ACLs and onboards each domain;
 * {@code access <bootstrap> reconcile [--every=N]} applies the recorded access grants as ACLs;
 * {@code domain <bootstrap> add|list|remove|grant-read ...} onboards a domain (topics, principal, ACLs: see
 * {@link io.meshgov.cli.access.DomainOnboarding}); {@code platform-acls <bootstrap>} grants the services theirs;
 * {@code demo <bootstrap>} publishes the demo scenario; {@code wait-healthy <seconds> <url>...} waits until each
 * URL answers 200; {@code bench-freshness ...} runs only the benchmark's freshness probes (see below);
 * {@code workload <bootstrap> <scale> <seed> [events/s]} publishes the synthetic mesh of
 * {@link Workload} (scale 1: 20 domains, 10k products, 100k registrations, 1M measurements). Errors are one sentence on stderr and a non-zero exit.
 */
public final class MeshCli {

    private MeshCli() {}

    public static void main(String[] args) {
        try {
            if (args.length == 0) throw new IllegalArgumentException("usage: topics|demo|wait-healthy ...");
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "topics" ->
                    TopicSetup.create(rest.get(0), Integer.parseInt(rest.get(1)), rest.subList(2, rest.size()));
                case "setup" -> setup(rest);
                case "domain" -> DomainCommand.run(rest);
                case "access" -> io.meshgov.cli.access.AccessCommand.run(rest);
                case "platform-acls" -> {
                    try (Admin admin = Admin.create(ClientSettings.of(rest.get(0)))) {
                        PlatformAccess.grantServices(admin, System.out);
                    }
                }
                case "demo" -> new DemoScenario(rest.get(0)).publish();
                case "workload" -> workload(rest);
                case "bench-publish" ->
                    Benchmark.publish(
                            rest.get(0),
                            Double.parseDouble(rest.get(1)),
                            Long.parseLong(rest.get(2)),
                            java.nio.file.Path.of(rest.get(3)));
                case "bench" ->
                    Benchmark.main(
                            rest.get(0),
                            Double.parseDouble(rest.get(1)),
                            Long.parseLong(rest.get(2)),
                            java.nio.file.Path.of(rest.get(3)),
                            java.nio.file.Path.of(rest.get(4)),
                            java.nio.file.Path.of(rest.get(5)),
                            java.nio.file.Path.of(rest.get(6)));
                case "bench-freshness" -> freshness(rest);
                case "wait-healthy" -> Health.await(Integer.parseInt(rest.get(0)), rest.subList(1, rest.size()));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (Exception e) {
            System.err.println("mesh: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
    }

    /**
     * {@code setup <bootstrap> <partitions> <domain>...}: a fresh mesh in one step (docker-compose's mesh-init): the
     * topics, the services' ACLs and each domain onboarded. On a broker without an authorizer, the topics only.
     */
    private static void setup(List<String> args) throws Exception {
        int partitions = Integer.parseInt(args.get(1));
        List<String> domains = args.subList(2, args.size());
        TopicSetup.create(args.get(0), partitions, domains);
        try (Admin admin = Admin.create(ClientSettings.of(args.get(0)))) {
            PlatformAccess.grantServices(admin, System.out);
            var onboarding = new io.meshgov.cli.access.DomainOnboarding(admin, partitions, (short) 1, System.out);
            for (String domain : domains) onboarding.add(io.meshgov.mesh.DomainName.of(domain));
        }
    }

    /**
     * {@code bench-freshness <bootstrap> <scale> <seed> <seconds> [events/s]}: only the benchmark's freshness probes,
     * against a running mesh that holds that workload (for profiling one figure); prints the figures.
     */
    private static void freshness(List<String> args) throws Exception {
        Workload.Shape shape = Workload.Shape.of(Double.parseDouble(args.get(1)), Long.parseLong(args.get(2)));
        var figures = new Freshness(
                        args.get(0), Benchmark.PORTS, WorkloadDomains.of(shape.domains()), Workload.owners(shape))
                .run(
                        java.time.Duration.ofSeconds(Long.parseLong(args.get(3))),
                        java.time.Duration.ofMinutes(10),
                        args.size() > 4 ? Integer.parseInt(args.get(4)) : 2_000);
        System.out.println(figures);
    }

    private static void workload(List<String> args) throws Exception {
        Workload workload =
                new Workload(Workload.Shape.of(Double.parseDouble(args.get(1)), Long.parseLong(args.get(2))));
        TopicSetup.create(args.get(0), 4, workload.domains());
        try (WorkloadPublisher publisher = new WorkloadPublisher(args.get(0))) {
            long started = System.nanoTime();
            long sent = publisher.publish(workload, args.size() > 3 ? Integer.parseInt(args.get(3)) : 0);
            System.out.printf(
                    "workload: %d events published, %d acknowledged, %d failed in %.1f s%n",
                    sent, publisher.acknowledged(), publisher.failed(), (System.nanoTime() - started) / 1e9);
        }
    }
}
