package io.meshgov.cli;

import java.util.ArrayList;
import java.util.List;

/** The domains of a synthetic mesh: twenty business names, numbered when a shape asks for more. */
final class WorkloadDomains {

    private static final List<String> NAMES = List.of(
            "sales",
            "finance",
            "marketing",
            "customer",
            "logistics",
            "people",
            "risk",
            "supply",
            "pricing",
            "support",
            "legal",
            "product",
            "operations",
            "security",
            "procurement",
            "payments",
            "fraud",
            "inventory",
            "shipping",
            "billing");

    private WorkloadDomains() {}

    static List<String> of(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String base = NAMES.get(i % NAMES.size());
            names.add(i < NAMES.size() ? base : base + "-" + (i / NAMES.size() + 1));
        }
        return List.copyOf(names);
    }
}
