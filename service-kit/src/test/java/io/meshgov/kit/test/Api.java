package io.meshgov.kit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A dashboard's view of one instance: GET a path, read the JSON. */
public final class Api {

    public record Answer(int status, String contentType, String retryAfter, JsonNode body, String raw) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = body.isEmpty() || !contentType.contains("json") ? null : JSON.readTree(body);
            return new Answer(
                    response.statusCode(),
                    contentType,
                    response.headers().firstValue("Retry-After").orElse(null),
                    json,
                    body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 200 answer; fails with the problem otherwise. */
    public JsonNode ok(String path) {
        Answer answer = get(path);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.raw());
        }
        return answer.body();
    }
}
