package io.meshgov.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Waits until every URL answers 200 (actuator health UP), or fails naming the ones that did not. */
public final class Health {

    private Health() {}

    public static void await(int seconds, List<String> urls) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<String> waiting = urls;
        while (!waiting.isEmpty()) {
            waiting = waiting.stream().filter(url -> !healthy(http, url)).toList();
            if (waiting.isEmpty()) return;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not healthy after " + seconds + " s: " + String.join(", ", waiting));
            }
            Thread.sleep(100); // the benchmark times restarts with this
        }
    }

    private static boolean healthy(HttpClient http, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
