package io.meshgov.cli;

import java.util.Arrays;
import java.util.List;

/**
 * {@code topics <bootstrap> <partitions> <domain>...} creates the platform's and the domains' topics;
 * {@code demo <bootstrap>} publishes the demo scenario; {@code wait-healthy <seconds> <url>...} waits until each
 * URL answers 200; {@code workload <bootstrap> <scale> <seed> [events/s]} publishes the synthetic mesh of
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
                case "wait-healthy" -> Health.await(Integer.parseInt(rest.get(0)), rest.subList(1, rest.size()));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (Exception e) {
            System.err.println("mesh: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
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
