package io.meshgov.console.act;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A command the broker acknowledged, which the version page follows until the catalog decides: its event id (the
 * violations it may cause carry it), and its time (the catalog records a deprecation or retirement at it).
 */
public record Sent(String eventId, String product, String version, String action, String consumer, long at) {

    static Sent of(String product, String version, Action action, ActionForm form, SpecificRecord event) {
        Instant at =
                ((Instant) event.get(event.getSchema().getField("occurredAt").pos())).truncatedTo(ChronoUnit.MILLIS);
        // what the decision is looked up by: the consumer, or the request an access request or decision is about
        String subject = action.concernsAccess() ? form.requestId() : form.consumerId();
        String consumer = subject == null ? "" : subject.trim();
        String eventId = event.get(event.getSchema().getField("eventId").pos()).toString();
        return new Sent(eventId, product, version, action.path(), consumer, at.toEpochMilli());
    }

    /** The version page that shows this command's decision. */
    public String pagePath() {
        return query(UriComponentsBuilder.fromPath("/products/{p}/versions/{v}").queryParam("sent", eventId))
                .buildAndExpand(product, version)
                .toUriString();
    }

    /** Where the decision panel polls. */
    public String decisionPath() {
        return query(UriComponentsBuilder.fromPath("/decisions/{id}")
                        .queryParam("product", product)
                        .queryParam("version", version))
                .buildAndExpand(eventId)
                .toUriString();
    }

    private UriComponentsBuilder query(UriComponentsBuilder uri) {
        return uri.queryParam("action", action)
                .queryParam("consumer", consumer == null ? "" : consumer)
                .queryParam("at", at)
                .encode();
    }
}
