package io.meshgov.lineage.graph;

/** A node as the API shows it. {@code status} is a version's lifecycle status (UNBOUND for an unbound product). */
public record Node(
        String id,
        NodeKind kind,
        String label,
        String domain,
        String status,
        String productId,
        String version,
        String contact) {}
