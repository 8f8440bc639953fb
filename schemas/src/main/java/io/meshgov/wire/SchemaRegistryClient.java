package io.meshgov.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A Confluent-compatible schema registry's REST API (Confluent Schema Registry, or Apicurio Registry at
 * {@code /apis/ccompat/v7}): what the services need of it, nothing more. Every call either answers or raises
 * {@link RegistryUnavailableException} (no answer, a 5xx; a refused credential when looking up an id): the caller
 * decides whether to wait. A registration refused with a 4xx fails at once: that is a setting to fix.
 */
public final class SchemaRegistryClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    /** @param url the API's base, e.g. {@code http://localhost:8090/apis/ccompat/v7} */
    public SchemaRegistryClient(String url) {
        this(url, Duration.ofSeconds(5));
    }

    public SchemaRegistryClient(String url, Duration timeout) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String url() {
        return base.toString();
    }

    /** The schema registered under {@code id}, or empty when the registry has no schema of that id. */
    public Optional<String> schemaById(int id) {
        HttpResponse<String> response = send(request("schemas/ids/" + id).GET());
        if (response.statusCode() == 404) return Optional.empty();
        JsonNode body = json(ok(response, "schema id " + id, false));
        String type = body.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw new EventDecodingException("schema id " + id + " is a " + type + " schema, not Avro");
        }
        return Optional.of(body.path("schema").asText());
    }

    /** Registers {@code schema} under {@code subject} (an identical one already there keeps its id): its id. */
    public int register(String subject, String schema) {
        HttpResponse<String> response = send(request("subjects/" + subject + "/versions")
                .header("Content-Type", CONTENT_TYPE)
                .POST(body(Map.of("schema", schema))));
        if (response.statusCode() == 409 && response.body().contains("ncompatible")) {
            throw new IncompatibleSchemaException(
                    subject + ": the registry refused the schema as incompatible: " + response.body());
        }
        return json(ok(response, "registering " + subject)).path("id").asInt();
    }

    /** Sets the compatibility the registry checks every new version of {@code subject} against. */
    public void requireCompatibility(String subject, String level) {
        ok(
                send(request("config/" + subject)
                        .header("Content-Type", CONTENT_TYPE)
                        .PUT(body(Map.of("compatibility", level)))),
                "setting the compatibility of " + subject);
    }

    /** The compatibility level set for {@code subject}, or empty when it has its own none. */
    public Optional<String> compatibility(String subject) {
        HttpResponse<String> response = send(request("config/" + subject).GET());
        if (response.statusCode() == 404) return Optional.empty();
        return Optional.of(json(ok(response, "compatibility of " + subject))
                .path("compatibilityLevel")
                .asText());
    }

    /** The registry refused a schema because it is not compatible with the subject's versions (HTTP 409). */
    public static final class IncompatibleSchemaException extends RuntimeException {
        IncompatibleSchemaException(String message) {
            super(message);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegistryUnavailableException("schema registry " + base + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while asking the schema registry " + base, e);
        }
    }

    /**
     * The body of a 2xx answer. A 4xx (but 408, 429 and 409, a concurrent writer such as another service registering
     * the same subject) to a registration is a setting to fix (a wrong URL, a credential), not an outage: it fails at
     * once, naming it. Anything else is an outage or a conflict, retried by the caller.
     */
    private String ok(HttpResponse<String> response, String what) {
        return ok(response, what, true);
    }

    private String ok(HttpResponse<String> response, String what, boolean refusalIsASetting) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) return response.body();
        if (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429 && refusalIsASetting) {
            throw new IllegalStateException("schema registry " + base + " answered " + status + " to " + what
                    + " (is MESHGOV_SCHEMA_REGISTRY_URL a Confluent-compatible API, e.g. .../apis/ccompat/v7?): "
                    + response.body());
        }
        throw new RegistryUnavailableException(
                "schema registry " + base + " answered " + status + " to " + what + ": " + response.body());
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new RegistryUnavailableException("the schema registry's answer is not JSON: " + body, e);
        }
    }

    private static HttpRequest.BodyPublisher body(Map<String, String> fields) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
