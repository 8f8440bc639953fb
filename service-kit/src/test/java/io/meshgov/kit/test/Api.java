package io.meshgov.kit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A dashboard's view of one instance: GET a path, read the JSON. */
public final class Api {

    public record Answer(
            int status, String contentType, String retryAfter, JsonNode body, String raw, HttpHeaders headers) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    public Api(int port) {
        this("http://localhost:" + port, Map.of());
    }

    private Api(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** The same instance, called with {@code Authorization: Bearer <token>}. */
    public Api withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** The same instance, called with one more request header. */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, more);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    /** {@code POST} of a JSON body, as an HTTP client (OpenLineage's transport, say) sends it. */
    public Answer post(String path, byte[] json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = body.isEmpty() || !contentType.contains("json") ? null : JSON.readTree(body);
            return new Answer(
                    response.statusCode(),
                    contentType,
                    response.headers().firstValue("Retry-After").orElse(null),
                    json,
                    body,
                    response.headers());
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
