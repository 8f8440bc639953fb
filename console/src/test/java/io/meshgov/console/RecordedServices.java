package io.meshgov.console;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service answering with recorded answers of the real one (JSON files under src/test/resources/catalog-answers,
 * or inline bodies), a 404 problem for any other path; it remembers each request's path and Authorization header,
 * so a test can check what the console asked and with whose token.
 */
final class RecordedServices implements AutoCloseable {

    /** A request's path, its raw query (null when none) and its Authorization header. */
    record Request(String path, String query, String authorization) {}

    private record Answer(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private RecordedServices(HttpServer server) {
        this.server = server;
    }

    static RecordedServices start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            RecordedServices services = new RecordedServices(server);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                services.requests.add(new Request(
                        path,
                        exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization")));
                Answer answer = services.answers.getOrDefault(
                        path, new Answer(404, "{\"status\":404,\"detail\":\"nothing recorded for " + path + "\"}"));
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                        .add("Content-Type", answer.status() < 300 ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog's answers for "Top 10 customers" after the demo: the product, version 3.0, sales' rules, domains. */
    static RecordedServices topTenCustomers() {
        return start().recorded("/api/products/top-10-customers", "product.json")
                .recorded("/api/products/top-10-customers/versions/3.0", "version-3.0.json")
                .recorded("/api/domains/sales/rules", "rules-sales.json")
                .recorded("/api/domains", "domains.json");
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers {@code path} with the recorded file {@code catalog-answers/<file>}. */
    RecordedServices recorded(String path, String file) {
        try (InputStream in = RecordedServices.class.getResourceAsStream("/catalog-answers/" + file)) {
            return answer(path, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RecordedServices answer(String path, int status, String body) {
        answers.put(path, new Answer(status, body));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
