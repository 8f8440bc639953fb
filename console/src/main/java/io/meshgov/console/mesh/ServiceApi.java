package io.meshgov.console.mesh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's REST API, read by the console. Every outcome is a {@link Reply}: a page never fails because a
 * service is down, restoring or answered a problem. The caller's {@code Authorization} header is forwarded, so the
 * service applies its own visibility rules (a restricted version shows only its id and name).
 */
public record ServiceApi(String service, URI base, Duration timeout, HttpClient http) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long DEFAULT_RETRY_SECONDS = 5;

    public static ServiceApi of(String service, URI base, Duration timeout) {
        return new ServiceApi(
                service,
                base,
                timeout,
                HttpClient.newBuilder().connectTimeout(timeout).build());
    }

    /** GETs {@code pathAndQuery} (already encoded), forwarding {@code authorization} when there is one. */
    public Reply get(String pathAndQuery, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (authorization != null && !authorization.isBlank()) request.header("Authorization", authorization);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return reply(response);
        } catch (HttpTimeoutException e) {
            return new Reply.Unavailable(
                    service, "it did not answer within " + timeout.toSeconds() + " s", DEFAULT_RETRY_SECONDS);
        } catch (ConnectException e) {
            return new Reply.Unavailable(service, "it refused the connection (down?)", DEFAULT_RETRY_SECONDS);
        } catch (IOException e) {
            return new Reply.Unavailable(service, "the connection failed", DEFAULT_RETRY_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply.Unavailable(service, "interrupted", DEFAULT_RETRY_SECONDS);
        }
    }

    private Reply reply(HttpResponse<String> response) {
        int status = response.statusCode();
        try {
            if (status == 200) return new Reply.Ok(JsonObject.lenient(JSON.readValue(response.body(), Object.class)));
            if (status >= 400 && status < 500) return new Reply.Problem(status, detail(response.body(), status));
            if (status == 503) {
                long retry = response.headers()
                        .firstValue("Retry-After")
                        .map(ServiceApi::seconds)
                        .orElse(DEFAULT_RETRY_SECONDS);
                return new Reply.Unavailable(service, "restoring its state", retry);
            }
            return new Reply.Unavailable(service, "answered " + status, DEFAULT_RETRY_SECONDS);
        } catch (JacksonException e) {
            return new Reply.Unavailable(service, "answered what is not JSON", DEFAULT_RETRY_SECONDS);
        }
    }

    private static String detail(String body, int status) {
        try {
            Object problem = JSON.readValue(body, Object.class);
            if (problem instanceof Map<?, ?> map && map.get("detail") instanceof String detail) return detail;
        } catch (JacksonException notJson) {
            // the status says enough
        }
        return "the request was refused (" + status + ")";
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException httpDate) {
            return DEFAULT_RETRY_SECONDS;
        }
    }
}
