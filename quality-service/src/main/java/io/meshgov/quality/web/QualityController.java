package io.meshgov.quality.web;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.web.InvalidParameter;
import io.meshgov.kit.web.Page;
import io.meshgov.kit.web.Params;
import io.meshgov.quality.view.QualityQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KPIs of a version, their history, version comparison and breaches. */
@RestController
@RequestMapping(path = "/api/quality", produces = "application/json")
class QualityController {

    private static final Duration MAX_RANGE = Duration.ofDays(366);
    private static final int MAX_COMPARED = 10;

    private final QualityQueries queries;

    QualityController(QualityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/products/{productId}/versions/{version}")
    QualityQueries.VersionQuality version(Caller caller, @PathVariable String productId, @PathVariable String version) {
        return queries.version(caller, Params.productId(productId), Params.version(version));
    }

    @GetMapping("/products/{productId}/versions/{version}/kpis/{kpi}/history")
    QualityQueries.History history(
            Caller caller,
            @PathVariable String productId,
            @PathVariable String version,
            @PathVariable String kpi,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : instant("from", from);
        if (start.isAfter(end)) throw new InvalidParameter("from " + start + " is after to " + end);
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidParameter("a history range is at most " + MAX_RANGE.toDays() + " days");
        }
        String name = Params.text("kpi", kpi);
        if (name == null) throw new InvalidParameter("kpi is required");
        return queries.history(caller, Params.productId(productId), Params.version(version), name, start, end);
    }

    @GetMapping("/products/{productId}/compare")
    QualityQueries.Comparison compare(Caller caller, @PathVariable String productId, @RequestParam String versions) {
        List<String> list = Arrays.stream(versions.split(","))
                .map(String::strip)
                .map(Params::version)
                .distinct()
                .toList();
        if (list.size() < 2 || list.size() > MAX_COMPARED) {
            throw new InvalidParameter("versions must name 2 to " + MAX_COMPARED + " distinct versions, got " + list);
        }
        return queries.compare(caller, Params.productId(productId), list);
    }

    @GetMapping("/breaches")
    Page<QualityQueries.Breach> breaches(
            Caller caller,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.breaches(caller, Params.domain(domain), Params.page(page), Params.size(size));
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name + " '" + (value.length() > 40 ? value.substring(0, 40) : value)
                    + "' is not an ISO-8601 instant such as 2026-01-05T09:00:00Z");
        }
    }
}
