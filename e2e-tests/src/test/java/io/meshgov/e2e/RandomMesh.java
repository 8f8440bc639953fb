package io.meshgov.e2e;

import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.pipeline.PipelineEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * Random event sequences for products across four domains' topics: valid steps, rule-breaking ones (another domain
 * publishing, a changed re-publication, short notice, a retirement too early, a registration to a retired version),
 * out-of-order ones (a registration, or a deprecation's replacement, sent before the version it names) and
 * redeliveries. Each product's events are in the order a real mesh would send them; products are interleaved.
 */
final class RandomMesh {

    static final List<String> DOMAINS = List.of("sales", "finance", "marketing", "customer");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    /** An event and the domain whose topic carries it. */
    record Sent(String domain, SpecificRecord event) {}

    private final SplittableRandom random;
    private long ids;

    RandomMesh(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Every product's events, interleaved at random (each product's own order kept). */
    List<Sent> events(int products) {
        List<List<Sent>> each = new ArrayList<>();
        for (int p = 0; p < products; p++) each.add(product("random-" + p, p));
        List<Sent> all = new ArrayList<>();
        int[] next = new int[products];
        int left = each.stream().mapToInt(List::size).sum();
        while (left-- > 0) {
            int p;
            do p = random.nextInt(products);
            while (next[p] == each.get(p).size());
            all.add(each.get(p).get(next[p]++));
        }
        return all;
    }

    private List<Sent> product(String id, int index) {
        String owner = DOMAINS.get(index % DOMAINS.size());
        String other = DOMAINS.get((index + 1) % DOMAINS.size());
        String third = DOMAINS.get((index + 2) % DOMAINS.size());
        Instant t0 = T.plus(Duration.ofDays(index));
        List<Sent> events = new ArrayList<>();
        events.add(new Sent(owner, published(id, "1.0", t0, "first")));
        if (chance(30)) events.add(new Sent(other, registered("early-" + index, id, "2.0", t0.plus(days(1)))));
        events.add(new Sent(owner, published(id, "2.0", t0.plus(days(1)), "second")));
        events.add(new Sent(other, registered("b-" + index, id, "1.0", t0.plus(days(2)))));
        events.add(new Sent(third, registered("c-" + index, id, "1.0", t0.plus(days(2)))));
        if (chance(25)) events.add(new Sent(other, published(id, "4.0", t0.plus(days(3)), "intruder")));
        if (chance(25)) events.add(new Sent(owner, published(id, "1.0", t0.plus(days(3)), "changed")));
        boolean laterReplacement = chance(20);
        Instant deprecatedAt = t0.plus(days(10));
        Instant sunset = chance(70) ? t0.plus(days(70)) : t0.plus(days(20));
        events.add(new Sent(owner, deprecated(id, "1.0", deprecatedAt, sunset, laterReplacement ? "3.0" : "2.0")));
        if (laterReplacement) events.add(new Sent(owner, published(id, "3.0", t0.plus(days(10)), "third")));
        if (chance(40)) events.add(new Sent(owner, retired(id, "1.0", t0.plus(days(11)))));
        if (chance(50)) events.add(new Sent(third, registered("d-" + index, id, "1.0", t0.plus(days(12)))));
        if (chance(50)) {
            events.add(new Sent(other, deregistered("b-" + index, id, "1.0", t0.plus(days(13)))));
            events.add(new Sent(other, registered("b-" + index, id, "2.0", t0.plus(days(13)))));
        }
        if (chance(40)) events.add(new Sent(owner, retired(id, "1.0", sunset.plus(days(1)))));
        if (chance(30)) events.add(new Sent(third, registered("late-" + index, id, "1.0", sunset.plus(days(2)))));
        if (chance(30)) events.add(events.get(random.nextInt(events.size()))); // redelivered, same event id
        return events;
    }

    private SpecificRecord published(String id, String version, Instant at, String flavour) {
        return PipelineEvents.published(id, version)
                .eventId(nextId())
                .occurredAt(at)
                .name("Random " + id)
                .definition("Product " + id + " " + version + " (" + flavour + ")")
                .owner("team-" + id)
                .code("https://git.example/" + id, "abcdef12")
                .endpoint("https://data.example/" + id + "/v" + version)
                .inputSource("jdbc:postgresql://source/" + id)
                .objective("completeness", ObjectiveComparator.AT_LEAST, 0.99)
                .classification(Classification.INTERNAL)
                .build();
    }

    private SpecificRecord deprecated(String id, String version, Instant at, Instant sunset, String replacement) {
        return PipelineEvents.lifecycle(id, version)
                .eventId(nextId())
                .occurredAt(at)
                .reason("superseded")
                .sunsetAt(sunset)
                .replacedBy(replacement)
                .deprecated();
    }

    private SpecificRecord retired(String id, String version, Instant at) {
        return PipelineEvents.lifecycle(id, version)
                .eventId(nextId())
                .occurredAt(at)
                .reason("done")
                .retired();
    }

    private SpecificRecord registered(String consumer, String id, String version, Instant at) {
        return consumer(consumer, id, version, at).registered();
    }

    private SpecificRecord deregistered(String consumer, String id, String version, Instant at) {
        return consumer(consumer, id, version, at).deregistered();
    }

    private io.meshgov.pipeline.ConsumerBuilder consumer(String consumer, String id, String version, Instant at) {
        return PipelineEvents.consumer(consumer, id, version)
                .eventId(nextId())
                .occurredAt(at)
                .kind(ConsumerKind.SYSTEM)
                .purpose("reporting")
                .contact(consumer + "@example.com");
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }

    private String nextId() {
        return UUID.nameUUIDFromBytes(("random-mesh:" + ids++).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
