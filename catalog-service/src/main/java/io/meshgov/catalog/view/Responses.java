package io.meshgov.catalog.view;

import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.product.Input;
import io.meshgov.catalog.product.Objective;
import io.meshgov.catalog.product.Retirement;
import io.meshgov.catalog.product.VersionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The shapes the catalog's REST API answers with: the contract dashboards read. */
public final class Responses {

    private Responses() {}

    /** An entry of the products page: a summary, or only id and name for a restricted product. */
    public sealed interface ProductEntry permits ProductSummary, ListedOnly {}

    /** A version of a product's details: its summary, or only its version and name if it is restricted. */
    public sealed interface VersionEntry permits VersionSummary, ListedVersion {}

    /**
     * A page of the products found, best first, and the facets of every product found that the caller may see in
     * full: per facet (domain, status, tag, classification, quality), how many products have each value.
     */
    public record ProductsPage(
            List<ProductEntry> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            Map<String, Map<String, Long>> facets) {}

    /** A restricted product the caller may not see: listed by id and name, nothing else. */
    public record ListedOnly(String id, String name, boolean restricted) implements ProductEntry {}

    /** A restricted version the caller may not see. */
    public record ListedVersion(String version, String name, boolean restricted) implements VersionEntry {}

    public record ProductSummary(
            String id,
            String name,
            String domain,
            String owner,
            List<String> tags,
            String classification,
            String latestVersion,
            Map<VersionStatus, Long> versionsByStatus)
            implements ProductEntry {}

    public record ProductDetails(
            String id,
            String name,
            String domain,
            String owner,
            List<String> tags,
            String classification,
            List<VersionEntry> versions) {}

    /**
     * A version's deprecation: the sunset in force (moved later {@code sunsetExtendedAt}, first announced as {@code
     * firstSunsetAt}); {@code withdrawnAt} when the owner kept the version in service (it is ACTIVE again).
     */
    public record DeprecationInfo(
            String reason,
            Instant sunsetAt,
            String replacementVersion,
            Instant deprecatedAt,
            long daysToSunset,
            Instant firstSunsetAt,
            Instant sunsetExtendedAt,
            Instant withdrawnAt,
            String withdrawnReason) {}

    public record VersionSummary(
            String version,
            String publishedAs,
            VersionStatus status,
            String name,
            String definition,
            String owner,
            String codeRepository,
            String codeCommit,
            String endpoint,
            List<Input> inputs,
            List<Objective> objectives,
            List<String> tags,
            String classification,
            String outputSchema,
            Instant publishedAt,
            int consumerCount,
            String qualityStatus,
            Map<String, String> quality,
            List<KpiBreach> qualityBreaches,
            DeprecationInfo deprecation,
            Retirement retirement)
            implements VersionEntry {}

    /** A KPI FAILING or STALE since quality-service said so: its consumers were alerted on mesh.alerts.kpi-breaches. */
    public record KpiBreach(String kpi, String status, Instant since) {}

    public record VersionConsumer(
            String consumerId,
            String kind,
            String domain,
            String purpose,
            String contact,
            Instant since,
            AlertState alertState,
            String answer,
            Instant answeredAt) {}

    /** For a deprecated version: who moved on and who is still on it. */
    public record Migration(long daysToSunset, List<String> migrated, List<String> pending) {}

    public record VersionDetails(
            String productId, VersionSummary version, List<VersionConsumer> consumers, Migration migration) {}

    public record Consumption(
            String productId,
            String productName,
            String version,
            VersionStatus status,
            String purpose,
            Instant since,
            String warning,
            AlertState alertState,
            List<KpiBreach> qualityBreaches) {}

    public record ConsumerDetails(
            String consumerId, String kind, String domain, String contact, List<Consumption> consumes) {}

    public record DomainSummary(
            String domain,
            long products,
            Map<VersionStatus, Long> versionsByStatus,
            long consumerRegistrations,
            long openAlerts,
            long violations) {}
}
