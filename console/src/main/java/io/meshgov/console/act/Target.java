package io.meshgov.console.act;

import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The version an action is about, as the catalog answered it: the product's versions by status and this version's
 * registered consumers. A form is checked against it before anything is sent.
 */
public record Target(
        String productId,
        String version,
        String status,
        Instant deprecatedAt,
        Instant retiredAt,
        Instant sunsetAt,
        Instant sunsetExtendedAt,
        Instant withdrawnAt,
        Map<String, String> versions,
        List<Consumer> consumers,
        List<Request> requests) {

    /** An access request to this version: its id, its state (PENDING, APPROVED, DENIED, EXPIRED), when decided. */
    public record Request(String requestId, String state, Instant decidedAt) {}

    /** A version whose access requests are not known (none asked for). */
    public Target(
            String productId,
            String version,
            String status,
            Instant deprecatedAt,
            Instant retiredAt,
            Instant sunsetAt,
            Instant sunsetExtendedAt,
            Instant withdrawnAt,
            Map<String, String> versions,
            List<Consumer> consumers) {
        this(
                productId,
                version,
                status,
                deprecatedAt,
                retiredAt,
                sunsetAt,
                sunsetExtendedAt,
                withdrawnAt,
                versions,
                consumers,
                List.of());
    }

    /**
     * A registered consumer, with what its deregistration event must repeat, and when it last answered a deprecation
     * of this version (null if it has not).
     */
    public record Consumer(String consumerId, String kind, String purpose, String contact, Instant answeredAt) {}

    public Target {
        versions = Map.copyOf(versions);
        consumers = List.copyOf(consumers);
        requests = List.copyOf(requests);
    }

    /** From the catalog's product ({@code /api/products/{id}}) and version ({@code .../versions/{v}}) answers. */
    public static Target of(Map<?, ?> product, Map<?, ?> details) {
        return of(product, details, List.of());
    }

    /**
     * With the product's access requests ({@code /api/access-requests?productId=}'s items): those to this version are
     * kept.
     */
    public static Target of(Map<?, ?> product, Map<?, ?> details, List<?> accessRequests) {
        Target target = withoutRequests(product, details);
        List<Request> requests = accessRequests.stream()
                .filter(Map.class::isInstance)
                .map(r -> (Map<?, ?>) r)
                .filter(r -> target.version() != null && target.version().equals(r.get("version")))
                .map(r -> new Request(text(r, "requestId"), text(r, "state"), instant(r, "decidedAt")))
                .toList();
        return new Target(
                target.productId,
                target.version,
                target.status,
                target.deprecatedAt,
                target.retiredAt,
                target.sunsetAt,
                target.sunsetExtendedAt,
                target.withdrawnAt,
                target.versions,
                target.consumers,
                requests);
    }

    private static Target withoutRequests(Map<?, ?> product, Map<?, ?> details) {
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        for (Object v : list(product.get("versions"))) {
            if (v instanceof Map<?, ?> version && version.get("version") instanceof String name) {
                versions.put(name, version.get("status") instanceof String s ? s : "RESTRICTED");
            }
        }
        Map<?, ?> version = details.get("version") instanceof Map<?, ?> m ? m : Map.of();
        List<Consumer> consumers = list(details.get("consumers")).stream()
                .filter(Map.class::isInstance)
                .map(c -> (Map<?, ?>) c)
                .map(c -> new Consumer(
                        text(c, "consumerId"),
                        text(c, "kind"),
                        text(c, "purpose"),
                        text(c, "contact"),
                        instant(c, "answeredAt")))
                .toList();
        return new Target(
                String.valueOf(product.get("id")),
                text(version, "version"),
                text(version, "status"),
                instant(version.get("deprecation"), "deprecatedAt"),
                instant(version.get("retirement"), "retiredAt"),
                instant(version.get("deprecation"), "sunsetAt"),
                instant(version.get("deprecation"), "sunsetExtendedAt"),
                instant(version.get("deprecation"), "withdrawnAt"),
                versions,
                consumers);
    }

    /** The product's version that {@code text} names, as the catalog writes it ({@code 3.0} finds {@code 3.0.0}). */
    public Optional<String> versionNamed(String text) {
        if (!SemanticVersion.isValid(text)) return Optional.empty();
        SemanticVersion wanted = SemanticVersion.parse(text);
        return versions.keySet().stream()
                .filter(v ->
                        SemanticVersion.isValid(v) && SemanticVersion.parse(v).equals(wanted))
                .findFirst();
    }

    public Optional<Request> request(String requestId) {
        return requests.stream().filter(r -> r.requestId().equals(requestId)).findFirst();
    }

    public Optional<Consumer> consumer(String consumerId) {
        return consumers.stream().filter(c -> c.consumerId().equals(consumerId)).findFirst();
    }

    private static Instant instant(Object object, String field) {
        if (!(object instanceof Map<?, ?> map) || !(map.get(field) instanceof String text)) return null;
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String text(Map<?, ?> map, String field) {
        return map.get(field) instanceof String s ? s : null;
    }
}
