package io.meshgov.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Query latency under load for the benchmark: closed-loop clients against one instance, p50 / p95 / p99 and rate. */
final class QueryLoad {

    private QueryLoad() {}

    /** Eight clients in a closed loop for {@code time}; latencies of answered requests (any status). */
    static Map<String, Object> run(int port, Duration time, IntFunction<String> path) throws Exception {
        int clients = 8;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long until = System.nanoTime() + time.toNanos();
        List<Future<long[]>> runs = new ArrayList<>();
        Map<String, Long> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            runs.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                long[] samples = new long[1 << 20];
                int n = 0, errors = 0;
                while (System.nanoTime() < until && n < samples.length) {
                    URI uri = URI.create("http://localhost:" + port + path.apply(random.nextInt(1 << 30)));
                    long t = System.nanoTime();
                    int status;
                    try {
                        status = http.send(
                                        HttpRequest.newBuilder(uri)
                                                .timeout(Duration.ofSeconds(30))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofByteArray())
                                .statusCode();
                    } catch (java.net.http.HttpTimeoutException e) {
                        status = 599; // no answer in 30 s: counted as a server error, the run goes on
                    }
                    samples[n++] = System.nanoTime() - t;
                    if (status >= 500) errors++;
                    statuses.merge(String.valueOf(status), 1L, Long::sum);
                }
                long[] result = java.util.Arrays.copyOf(samples, n + 1);
                result[n] = errors;
                return result;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> run : runs) {
            long[] r = run.get();
            for (int i = 0; i < r.length - 1; i++) latencies.add(r[i]);
            errors += r[r.length - 1];
        }
        pool.shutdown();
        latencies.sort(null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requests", latencies.size());
        result.put("requestsPerSecond", latencies.size() / (double) time.toSeconds());
        result.put("p50Millis", Latencies.percentile(latencies, 0.50));
        result.put("p95Millis", Latencies.percentile(latencies, 0.95));
        result.put("p99Millis", Latencies.percentile(latencies, 0.99));
        result.put("serverErrors", errors);
        result.put("statuses", new LinkedHashMap<String, Object>(statuses));
        result.put("clients", clients);
        return result;
    }
}
