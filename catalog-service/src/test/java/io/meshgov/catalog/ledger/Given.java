package io.meshgov.catalog.ledger;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.product.Input;
import io.meshgov.catalog.product.Objective;
import io.meshgov.catalog.product.VersionSpec;
import io.meshgov.fixtures.MeshFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Object mother of catalog events around the seed's "Top 10 customers". Event ids derive from their content. */
public final class Given {

    public static final String PRODUCT = MeshFixtures.TOP_10;
    public static final Instant T0 = MeshFixtures.T0;

    private Given() {}

    public static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    public static Source source(String domain, Instant at, String... identity) {
        String id = UUID.nameUUIDFromBytes(String.join("|", identity).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Source(domain, "mesh." + domain + ".products", 0, 0, id, identity[0], at);
    }

    public static VersionSpec spec(String version) {
        return new VersionSpec(
                PRODUCT,
                version,
                "Top 10 customers",
                MeshFixtures.DEFINITION_2_1,
                "sales-analytics",
                "https://git.acmeco.internal/sales/top-10-customers",
                "833c21",
                "http://acmeco.internal/data-products/top-10-customers/v" + version,
                List.of(Input.product("paid-invoices", "1.4")),
                null,
                List.of(new Objective("completeness", ">=", 0.99)),
                List.of("customers"),
                "CONFIDENTIAL",
                List.of());
    }

    public static CatalogEvent.Published published(String domain, String version) {
        return published(domain, version, s -> s);
    }

    public static CatalogEvent.Published published(String domain, String version, UnaryOperator<VersionSpec> change) {
        VersionSpec spec = change.apply(spec(version));
        return new CatalogEvent.Published(source(domain, day(0), "published", version, spec.toString()), spec);
    }

    public static CatalogEvent.Deprecated deprecated(
            String domain, String version, Instant at, Instant sunset, String replacement) {
        return new CatalogEvent.Deprecated(
                source(domain, at, "deprecated", version, sunset.toString(), at.toString()),
                PRODUCT,
                version,
                "superseded",
                sunset,
                replacement);
    }

    public static CatalogEvent.Retired retired(String domain, String version, Instant at) {
        return new CatalogEvent.Retired(
                source(domain, at, "retired", version, at.toString()), PRODUCT, version, "done");
    }

    public static CatalogEvent.Registered registered(String domain, String consumer, String version, Instant at) {
        return new CatalogEvent.Registered(
                source(domain, at, "registered", consumer, version, at.toString()),
                new Registration(
                        consumer, "SYSTEM", domain, PRODUCT, version, "reporting", consumer + "@acmeco.example", at));
    }

    public static CatalogEvent.Deregistered deregistered(String domain, String consumer, String version, Instant at) {
        return new CatalogEvent.Deregistered(
                source(domain, at, "deregistered", consumer, version, at.toString()), PRODUCT, version, consumer);
    }

    public static CatalogEvent.SunsetExtended sunsetExtended(
            String domain, String version, Instant at, Instant sunset) {
        return new CatalogEvent.SunsetExtended(
                source(domain, at, "sunset-extended", version, sunset.toString(), at.toString()),
                PRODUCT,
                version,
                sunset,
                "the analyst asked for a quarter");
    }

    public static CatalogEvent.KeptInService keptInService(String domain, String version, Instant at) {
        return new CatalogEvent.KeptInService(
                source(domain, at, "kept-in-service", version, at.toString()), PRODUCT, version, "too many consumers");
    }

    /** An answer: ACKNOWLEDGED or EXTENSION_REQUESTED with {@code planned}, OBJECTED without. */
    public static CatalogEvent.Answered answered(
            String domain, String consumer, String version, String answer, Instant at, Instant planned) {
        return new CatalogEvent.Answered(
                source(domain, at, "answered", consumer, version, answer, at.toString(), String.valueOf(planned)),
                PRODUCT,
                version,
                consumer,
                answer,
                planned,
                answer.equals("ACKNOWLEDGED") ? null : "month-end close needs it");
    }

    /** A consumer of {@code domain} asks for access to a version until {@code until}. */
    public static CatalogEvent.AccessRequested accessRequested(
            String domain, String requestId, String consumer, String version, Instant at, Instant until) {
        return new CatalogEvent.AccessRequested(
                source(domain, at, "access-requested", requestId, consumer, version, at.toString(), until.toString()),
                PRODUCT,
                version,
                requestId,
                consumer,
                "HUMAN",
                "quarterly revenue by top customer",
                consumer + "@acmeco.example",
                until);
    }

    /** The owner approves ({@code until} null: as long as requested) or denies (with a reason) a request. */
    public static CatalogEvent.AccessDecided accessDecided(
            String domain, String requestId, String version, boolean approved, Instant at, Instant until) {
        return new CatalogEvent.AccessDecided(
                source(domain, at, "access-decided", requestId, version, String.valueOf(approved), at.toString()),
                PRODUCT,
                version,
                requestId,
                approved,
                approved ? null : "restricted to finance's reporting",
                until);
    }

    /** quality-service's verdict on one KPI of a version, as it arrives on mesh.quality.status. */
    public static CatalogEvent.QualityChanged qualityChanged(String version, String kpi, String status, Instant at) {
        Source source = new Source(
                null,
                "mesh.quality.status",
                0,
                0,
                UUID.nameUUIDFromBytes(String.join("|", "quality", version, kpi, status, at.toString())
                                .getBytes(StandardCharsets.UTF_8))
                        .toString(),
                "QualityStatusChanged",
                at);
        return new CatalogEvent.QualityChanged(source, PRODUCT, version, kpi, status);
    }

    public static VersionSpec withSchema(VersionSpec s, String schema) {
        return changed(s, s.definition(), s.codeCommit(), s.endpoint(), s.inputs(), schema, s.tags());
    }

    public static VersionSpec withInputs(VersionSpec s, List<Input> inputs) {
        return changed(s, s.definition(), s.codeCommit(), s.endpoint(), inputs, s.outputSchema(), s.tags());
    }

    public static VersionSpec withMetadata(
            VersionSpec s, String definition, String commit, String endpoint, List<String> tags) {
        return changed(s, definition, commit, endpoint, s.inputs(), s.outputSchema(), tags);
    }

    private static VersionSpec changed(
            VersionSpec s,
            String definition,
            String commit,
            String endpoint,
            List<Input> inputs,
            String schema,
            List<String> tags) {
        return new VersionSpec(
                s.productId(),
                s.version(),
                s.name(),
                definition,
                s.owner(),
                s.codeRepository(),
                commit,
                endpoint,
                inputs,
                schema,
                s.objectives(),
                tags,
                s.classification(),
                s.datasets());
    }
}
