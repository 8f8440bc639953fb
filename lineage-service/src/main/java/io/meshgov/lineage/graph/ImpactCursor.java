package io.meshgov.lineage.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of an impact ends: the last node it listed and its distance. Impact pages are ordered by (distance,
 * node id), so the next page starts after it, on any instance, even if the graph grew meanwhile. Opaque to clients
 * (URL-safe Base64).
 */
public record ImpactCursor(int distance, String nodeId) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((distance + ":" + nodeId).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a previous page gave; {@link IllegalArgumentException} for anything else. */
    public static ImpactCursor decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one an impact page gave");
        }
        int colon = text.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException("cursor is not one an impact page gave");
        try {
            return new ImpactCursor(Integer.parseInt(text.substring(0, colon)), text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not one an impact page gave");
        }
    }

    /** Whether {@code (distance, nodeId)} comes after this cursor in the impact's order. */
    boolean before(int otherDistance, String otherId) {
        return otherDistance > distance || otherDistance == distance && otherId.compareTo(nodeId) > 0;
    }
}
