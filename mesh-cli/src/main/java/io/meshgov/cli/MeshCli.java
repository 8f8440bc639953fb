package io.meshgov.cli;

import java.util.Arrays;
import java.util.List;

/**
 * {@code topics <bootstrap> <partitions> <domain>...} creates the platform's and the domains' topics;
 * {@code demo <bootstrap>} publishes the demo scenario; {@code wait-healthy <seconds> <url>...} waits until each
 * URL answers 200. Errors are one sentence on stderr and a non-zero exit.
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
                case "wait-healthy" -> Health.await(Integer.parseInt(rest.get(0)), rest.subList(1, rest.size()));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (Exception e) {
            System.err.println("mesh: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
    }
}
