package io.meshgov.lineage.support;

import io.meshgov.events.ConsumerKind;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * A mesh of 4 domains and 14 products: a diamond (customers → segments and value → key-accounts), a chain of depth 6
 * (invoices → paid-invoices → revenue daily → monthly → quarterly → forecast → board-report), a cycle
 * (churn-scores ⇄ campaign-targets) and the seed's top-10-customers 2.1 and 3.0 with their own consumers.
 * revenue-daily and campaign-targets name an input without a version; it binds to the newest active one.
 */
public final class LineageMesh {

    public static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    /** An event to publish from a domain. */
    public record Step(String domain, SpecificRecord event) {}

    private LineageMesh() {}

    public static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(published(steps.size(), "finance", "invoices", "1.0", "source:jdbc:erp/invoices"));
        steps.add(published(steps.size(), "finance", "paid-invoices", "1.4", "invoices@1.0"));
        steps.add(published(steps.size(), "finance", "revenue-daily", "1.0", "paid-invoices"));
        steps.add(published(steps.size(), "finance", "revenue-monthly", "1.0", "revenue-daily@1.0"));
        steps.add(published(steps.size(), "finance", "revenue-quarterly", "1.0", "revenue-monthly@1.0"));
        steps.add(published(steps.size(), "customer", "customers", "1.0", "source:crm://accounts"));
        steps.add(published(steps.size(), "customer", "customer-segments", "1.0", "customers@1.0"));
        steps.add(published(steps.size(), "customer", "customer-value", "1.0", "customers@1.0", "paid-invoices@1.4"));
        steps.add(
                published(steps.size(), "sales", "key-accounts", "1.0", "customer-segments@1.0", "customer-value@1.0"));
        steps.add(published(steps.size(), "sales", "top-10-customers", "2.1", "paid-invoices@1.4", "customers@1.0"));
        steps.add(published(steps.size(), "sales", "top-10-customers", "3.0", "paid-invoices@1.4", "customers@1.0"));
        steps.add(published(steps.size(), "sales", "revenue-forecast", "1.0", "revenue-quarterly@1.0"));
        steps.add(published(steps.size(), "marketing", "board-report", "1.0", "revenue-forecast@1.0"));
        steps.add(published(steps.size(), "marketing", "churn-scores", "1.0", "campaign-targets@1.0"));
        steps.add(published(
                steps.size(), "marketing", "campaign-targets", "1.0", "churn-scores@1.0", "top-10-customers"));
        steps.add(consumer(steps.size(), "marketing", "sales-dashboard", "top-10-customers", "2.1"));
        steps.add(consumer(steps.size(), "finance", "jane.analyst", "top-10-customers", "2.1"));
        steps.add(consumer(steps.size(), "finance", "cfo-office", "top-10-customers", "3.0"));
        steps.add(consumer(steps.size(), "sales", "board", "board-report", "1.0"));
        steps.add(consumer(steps.size(), "sales", "account-managers", "key-accounts", "1.0"));
        return steps;
    }

    public static Step janeLeaves21() {
        return new Step(
                "finance",
                PipelineEvents.consumer("jane.analyst", "top-10-customers", "2.1")
                        .kind(ConsumerKind.HUMAN)
                        .purpose("moved to 3.0")
                        .contact("jane.analyst@acmeco.example")
                        .occurredAt(T.plus(Duration.ofDays(10)))
                        .deregistered());
    }

    public static List<Step> retire21() {
        return List.of(
                new Step(
                        "sales",
                        PipelineEvents.lifecycle("top-10-customers", "2.1")
                                .reason("net-30 correction in 3.0")
                                .occurredAt(T.plus(Duration.ofDays(11)))
                                .sunsetAt(T.plus(Duration.ofDays(50)))
                                .replacedBy("3.0")
                                .deprecated()),
                new Step(
                        "sales",
                        PipelineEvents.lifecycle("top-10-customers", "2.1")
                                .reason("sunset")
                                .occurredAt(T.plus(Duration.ofDays(51)))
                                .retired()));
    }

    /** Published {@code hour} hours after T. Inputs: {@code source:<uri>}, {@code <product>@<version>}, or {@code <product>} for its newest active version. */
    private static Step published(int hour, String domain, String productId, String version, String... inputs) {
        PublishedBuilder builder = PipelineEvents.published(productId, version)
                .occurredAt(T.plus(Duration.ofHours(hour)))
                .name(productId.replace('-', ' '))
                .definition("Definition of " + productId + " " + version)
                .owner(domain + "-team")
                .code("https://git.acmeco.internal/" + domain + "/" + productId, "0123abcd")
                .endpoint("http://acmeco.internal/data-products/" + productId + "/v" + version);
        for (String input : inputs) {
            if (input.startsWith("source:")) builder.inputSource(input.substring("source:".length()));
            else if (input.contains("@")) builder.inputProduct(input.split("@")[0], input.split("@")[1]);
            else builder.inputProduct(input, null);
        }
        return new Step(domain, builder.build());
    }

    private static Step consumer(int hour, String domain, String consumerId, String productId, String version) {
        return new Step(
                domain,
                PipelineEvents.consumer(consumerId, productId, version)
                        .kind(ConsumerKind.SYSTEM)
                        .purpose("reporting")
                        .contact(consumerId + "@acmeco.example")
                        .occurredAt(T.plus(Duration.ofHours(hour)))
                        .registered());
    }
}
