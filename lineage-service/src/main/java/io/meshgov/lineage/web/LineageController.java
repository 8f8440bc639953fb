package io.meshgov.lineage.web;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.web.InvalidParameter;
import io.meshgov.kit.web.Page;
import io.meshgov.kit.web.Params;
import io.meshgov.lineage.graph.Direction;
import io.meshgov.lineage.graph.Drift;
import io.meshgov.lineage.graph.Impact;
import io.meshgov.lineage.graph.ImpactCursor;
import io.meshgov.lineage.graph.ObservedLineage;
import io.meshgov.lineage.graph.Subgraph;
import io.meshgov.lineage.stream.LineageSettings;
import io.meshgov.lineage.view.LineageQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lineage of products and impact of versions and sources; each traversal is timed. */
@RestController
@RequestMapping(path = "/api/lineage", produces = "application/json")
class LineageController {

    private final LineageQueries queries;
    private final LineageSettings settings;
    private final Timer lineageTimer;
    private final Timer impactTimer;

    LineageController(LineageQueries queries, LineageSettings settings, MeterRegistry registry) {
        this.queries = queries;
        this.settings = settings;
        this.lineageTimer = Timer.builder("meshgov.lineage.traversal")
                .tag("kind", "lineage")
                .register(registry);
        this.impactTimer =
                Timer.builder("meshgov.lineage.traversal").tag("kind", "impact").register(registry);
    }

    @GetMapping("/products/{productId}")
    Subgraph lineage(
            Caller caller,
            @PathVariable String productId,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer depth) {
        String id = Params.productId(productId);
        String full = version == null || version.isBlank() ? null : Params.version(version);
        Direction dir = direction == null ? Direction.BOTH : Params.oneOf("direction", direction, Direction.class);
        int d = depth(depth);
        return lineageTimer.record(() -> queries.lineage(caller, id, full, dir, d));
    }

    @GetMapping("/products/{productId}/versions/{version}/impact")
    Impact versionImpact(
            Caller caller,
            @PathVariable String productId,
            @PathVariable String version,
            @RequestParam(required = false) Integer depth,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "100") int size) {
        String id = Params.productId(productId);
        String full = Params.version(version);
        int d = impactDepth(depth);
        ImpactCursor after = cursor(cursor);
        int n = Params.size(size);
        return impactTimer.record(() -> queries.versionImpact(caller, id, full, d, after, n));
    }

    /** The OpenLineage runs the catalog bound to a version: its last run, what they read, beside what it declares. */
    @GetMapping("/products/{productId}/versions/{version}/runs")
    ObservedLineage runs(Caller caller, @PathVariable String productId, @PathVariable String version) {
        return queries.runs(caller, Params.productId(productId), Params.version(version));
    }

    /**
     * Lineage-drift findings: versions whose runs read inputs they do not declare, or never read inputs they declare.
     */
    @GetMapping("/drift")
    Page<Drift> drift(
            Caller caller,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.drift(caller, Params.domain(domain), Params.page(page), Params.size(size));
    }

    @GetMapping("/sources/impact")
    Impact sourceImpact(
            Caller caller,
            @RequestParam String uri,
            @RequestParam(required = false) Integer depth,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "100") int size) {
        String source = Params.text("uri", uri);
        if (source == null) throw new InvalidParameter("uri is required");
        int d = impactDepth(depth);
        ImpactCursor after = cursor(cursor);
        int n = Params.size(size);
        return impactTimer.record(() -> queries.sourceImpact(caller, source, d, after, n));
    }

    /** The cursor of an impact page's {@code nextCursor}; 400 for anything else. */
    private static ImpactCursor cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            return ImpactCursor.decode(cursor.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(e.getMessage());
        }
    }

    /** Impact reaches as far as asked, up to the configured maximum (everything transitively, by default). */
    private int impactDepth(Integer depth) {
        if (depth == null) return settings.impactMaxDepth();
        if (depth < 1 || depth > settings.impactMaxDepth()) {
            throw new InvalidParameter("depth must be between 1 and " + settings.impactMaxDepth() + ", got " + depth);
        }
        return depth;
    }

    private int depth(Integer depth) {
        if (depth == null) return settings.defaultDepth();
        if (depth < 1 || depth > settings.maxDepth()) {
            throw new InvalidParameter("depth must be between 1 and " + settings.maxDepth() + ", got " + depth);
        }
        return depth;
    }
}
