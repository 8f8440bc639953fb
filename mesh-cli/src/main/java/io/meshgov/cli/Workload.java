package io.meshgov.cli;

import static io.meshgov.events.ObjectiveComparator.AT_LEAST;
import static io.meshgov.events.ObjectiveComparator.AT_MOST;

import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * A synthetic mesh with the shape of a real one, the same events for the same shape and seed. Products belong to
 * domains, have 1–5 versions and 0–4 inputs among earlier products (else a source system); consumers favour popular
 * products (a power law); some older versions are deprecated in favour of the newest, half of their consumers
 * migrate, and some deprecated versions are retired after their sunset; every 25th product (from the 8th) gets a new
 * version published from another domain's topic (an {@code ownership} violation) and every 25th (from the 20th) an
 * attempt to retire its newest, active version (a {@code lifecycle} violation); quality measurements of two KPIs close
 * to their objectives (so some breach) come last. Apart from those two, events arrive in an order the governance
 * rules accept.
 */
public final class Workload {

    /** How big: {@link #of(double, long)} scales the default (20 domains, 10k products, 100k, 1M) linearly. */
    public record Shape(int domains, int products, int registrations, int measurements, long seed) {

        public static Shape of(double scale, long seed) {
            return new Shape(
                    20,
                    Math.max(10, (int) Math.round(10_000 * scale)),
                    (int) Math.round(100_000 * scale),
                    (int) Math.round(1_000_000 * scale),
                    seed);
        }
    }

    /** Where events go, each with the domain whose topic carries it. */
    @FunctionalInterface
    public interface Sink {
        void accept(String domain, SpecificRecord event) throws Exception;

        /**
         * Called before each phase whose events depend on the earlier phases' events on other domains' topics
         * (registrations on published versions, migrations after deprecations). Kafka orders a topic, not topics:
         * a sink that needs the catalog to see them in this order waits here until the earlier phases are consumed.
         */
        default void phase(String name) throws Exception {}
    }

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] KPIS = {"completeness", "freshness_minutes"};
    private static final ConsumerKind[] KINDS = ConsumerKind.values();

    private final Shape shape;
    private final SplittableRandom random;
    private final List<String> domains;
    private final int[] owner;
    private final int[] versions;
    private long sequence;

    public Workload(Shape shape) {
        this.shape = shape;
        this.random = new SplittableRandom(shape.seed());
        this.domains = WorkloadDomains.of(shape.domains());
        this.owner = new int[shape.products()];
        this.versions = new int[shape.products()];
    }

    public List<String> domains() {
        return domains;
    }

    public Shape shape() {
        return shape;
    }

    /** Each product's owning domain, by product index, as {@link #emit} publishes them (only its first phase runs). */
    public static List<String> owners(Shape shape) throws Exception {
        List<String> owners = new ArrayList<>();
        class Published extends RuntimeException {
            Published() {
                super(null, null, false, false);
            }
        }
        try {
            new Workload(shape).emit(new Sink() {
                @Override
                public void accept(String domain, SpecificRecord event) {
                    String id = io.meshgov.wire.MeshEventType.productIdOf(event);
                    if (owners.size() == Integer.parseInt(id.substring("product-".length()))) owners.add(domain);
                }

                @Override
                public void phase(String name) {
                    throw new Published();
                }
            });
        } catch (Published done) {
            // every product is published before the first phase boundary
        }
        return owners;
    }

    /** Emits every event once, in order; returns how many. */
    public long emit(Sink sink) throws Exception {
        Instant t = START;
        for (int p = 0; p < shape.products(); p++) {
            owner[p] = random.nextInt(domains.size());
            versions[p] = 1 + random.nextInt(5);
            List<int[]> inputs = inputs(p);
            for (int v = 0; v < versions[p]; v++) {
                t = t.plusSeconds(1);
                sink.accept(domains.get(owner[p]), published(p, v, inputs, t));
            }
        }
        sink.phase("registrations");
        Registrations registered = registrations(sink, t.plus(Duration.ofDays(1)));
        Instant deprecatedAt = t.plus(Duration.ofDays(30));
        Instant sunset = deprecatedAt.plus(Duration.ofDays(60));
        List<Integer> deprecated = new ArrayList<>();
        sink.phase("deprecations");
        for (int p = 0; p < shape.products(); p++) {
            if (versions[p] < 2 || random.nextInt(10) >= 3) continue;
            deprecated.add(p);
            sink.accept(
                    domains.get(owner[p]),
                    PipelineEvents.lifecycle(productId(p), version(versions[p] - 2))
                            .eventId(nextId())
                            .occurredAt(deprecatedAt)
                            .reason("superseded by " + version(versions[p] - 1))
                            .sunsetAt(sunset)
                            .replacedBy(version(versions[p] - 1))
                            .deprecated());
        }
        sink.phase("migrations");
        for (int p : deprecated) {
            registered.migrateHalf(sink, p, versions[p] - 2, versions[p] - 1, deprecatedAt.plus(Duration.ofDays(7)));
        }
        sink.phase("retirements");
        for (int p : deprecated) {
            if (random.nextInt(10) >= 3) continue;
            sink.accept(
                    domains.get(owner[p]),
                    PipelineEvents.lifecycle(productId(p), version(versions[p] - 2))
                            .eventId(nextId())
                            .occurredAt(sunset.plus(Duration.ofDays(1)))
                            .reason("sunset passed")
                            .retired());
        }
        sink.phase("violations");
        for (int p = 0; p < shape.products(); p++) {
            if (p % 25 == 7) {
                String intruder = domains.get((owner[p] + 1) % domains.size());
                sink.accept(intruder, published(p, 9 * 2, List.of(), deprecatedAt));
            } else if (p % 25 == 19) {
                sink.accept(
                        domains.get(owner[p]),
                        PipelineEvents.lifecycle(productId(p), version(versions[p] - 1))
                                .eventId(nextId())
                                .occurredAt(sunset)
                                .reason("retired while active")
                                .retired());
            }
        }
        sink.phase("measurements");
        Instant measuredFrom = sunset.plus(Duration.ofDays(2));
        for (int m = 0; m < shape.measurements(); m++) {
            int p = random.nextInt(shape.products());
            int v = random.nextInt(versions[p]);
            boolean completeness = random.nextBoolean();
            double value = completeness ? 0.97 + random.nextDouble() * 0.03 : 20 + random.nextInt(50);
            Instant at = measuredFrom.plusSeconds(m);
            sink.accept(
                    domains.get(owner[p]),
                    PipelineEvents.measured(productId(p), version(v), KPIS[completeness ? 0 : 1], value)
                            .eventId(nextId())
                            .occurredAt(at)
                            .measuredAt(at)
                            .runId("run-" + m)
                            .build());
        }
        return sequence;
    }

    private List<int[]> inputs(int p) {
        List<int[]> inputs = new ArrayList<>();
        int count = p == 0 ? 0 : random.nextInt(5);
        for (int i = 0; i < count; i++) {
            int upstream = random.nextInt(p);
            inputs.add(new int[] {upstream, random.nextInt(versions[upstream])});
        }
        return inputs;
    }

    private SpecificRecord published(int p, int v, List<int[]> inputs, Instant at) {
        String id = productId(p), domain = domains.get(owner[p]);
        PublishedBuilder event = PipelineEvents.published(id, version(v))
                .eventId(nextId())
                .occurredAt(at)
                .name("Product " + p)
                .definition("Synthetic product " + p + " of " + domain + ", version " + version(v) + ".")
                .owner(domain + "-team")
                .code("https://git.example/" + domain + "/" + id, String.format("%08x", p * 31 + v))
                .endpoint("https://data.example/" + id + "/v" + version(v))
                .classification(Classification.values()[p % Classification.values().length])
                .objective("completeness", AT_LEAST, 0.99)
                .objective("freshness_minutes", AT_MOST, 60)
                .tag(domain)
                .dataset(WAREHOUSE, table(domain, p, v));
        if (inputs.isEmpty()) event.inputSource("jdbc:postgresql://" + domain + "/table_" + p);
        for (int[] input : inputs) event.inputProduct(productId(input[0]), version(input[1]));
        return event.build();
    }

    private Registrations registrations(Sink sink, Instant at) throws Exception {
        Registrations registered = new Registrations();
        int consumers = Math.max(1, shape.registrations() / 3);
        for (int r = 0; r < shape.registrations(); r++) {
            double u = random.nextDouble();
            int p = (int) (shape.products() * u * u * u);
            int v = random.nextInt(versions[p]);
            int consumer = random.nextInt(consumers);
            registered.add(p, v, consumer);
            sink.accept(domains.get(consumer % domains.size()), registration(consumer, p, v, at, true));
        }
        return registered;
    }

    private SpecificRecord registration(int consumer, int p, int v, Instant at, boolean register) {
        var event = PipelineEvents.consumer("consumer-" + consumer, productId(p), version(v))
                .eventId(nextId())
                .occurredAt(at)
                .kind(KINDS[consumer % KINDS.length])
                .purpose("analysis " + consumer)
                .contact("consumer-" + consumer + "@example.com");
        return register ? event.registered() : event.deregistered();
    }

    /** Who registered to which version, so that deprecations can move half of them to the replacement. */
    private final class Registrations {
        private final List<List<Integer>> byVersion = new ArrayList<>();

        void add(int p, int v, int consumer) {
            int key = p * 5 + v;
            while (byVersion.size() <= key) byVersion.add(null);
            if (byVersion.get(key) == null) byVersion.set(key, new ArrayList<>());
            byVersion.get(key).add(consumer);
        }

        void migrateHalf(Sink sink, int p, int from, int to, Instant at) throws Exception {
            int key = p * 5 + from;
            if (key >= byVersion.size() || byVersion.get(key) == null) return;
            for (int consumer : byVersion.get(key)) {
                if (random.nextBoolean()) continue;
                sink.accept(domains.get(consumer % domains.size()), registration(consumer, p, to, at, true));
                sink.accept(domains.get(consumer % domains.size()), registration(consumer, p, from, at, false));
            }
        }
    }

    /** The OpenLineage namespace every version's table is in. */
    static final String WAREHOUSE = "postgres://warehouse.bench:5432";

    /** The table a version is served as (its OpenLineage dataset name, declared when it is published). */
    static String table(String domain, int p, int v) {
        return domain + ".product_" + p + "_v" + version(v).replace('.', '_');
    }

    static String productId(int p) {
        return "product-" + p;
    }

    static String version(int v) {
        return (1 + v / 2) + "." + (v % 2);
    }

    private String nextId() {
        sequence++;
        return UUID.nameUUIDFromBytes((shape.seed() + ":" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
