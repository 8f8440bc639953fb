package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A form with bad fields comes back as the version page with a message beside each bad field and a 400, before
 * anything is sent (the broker address is a port nothing listens on, so a send would answer 503). The catalog here
 * answers with its recorded answers for "Top 10 customers" after the demo (src/test/resources/catalog-answers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormErrorsTests {

    private static final Map<String, String> ANSWERS = Map.of(
            "/api/products/top-10-customers", "product.json",
            "/api/products/top-10-customers/versions/3.0", "version-3.0.json",
            "/api/domains/sales/rules", "rules-sales.json",
            "/api/domains", "domains.json");

    private static HttpServer catalog;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void catalogWithRecordedAnswers(DynamicPropertyRegistry registry) throws IOException {
        catalog = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        catalog.createContext("/", exchange -> {
            String file = ANSWERS.get(exchange.getRequestURI().getPath());
            byte[] body;
            if (file == null) {
                body = "{\"status\":404,\"detail\":\"no such thing\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(404, body.length);
            } else {
                try (InputStream in = FormErrorsTests.class.getResourceAsStream("/catalog-answers/" + file)) {
                    body = in.readAllBytes();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
            }
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        catalog.start();
        registry.add(
                "meshgov.console.catalog",
                () -> "http://localhost:" + catalog.getAddress().getPort());
        registry.add("meshgov.console.actions.bootstrap-servers", () -> "localhost:1");
    }

    @AfterAll
    static void stop() {
        catalog.stop(0);
    }

    @Test
    void aSunsetInThePastIsRefusedBesideItsFieldWithA400() throws Exception {
        HttpResponse<String> page = post("deprecate", "domain=sales&reason=too+early&sunset=2020-01-01");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("class=\"field-error\">the sunset 2020-01-01 is in the past")
                .contains("value=\"too early\"")
                .doesNotContain("nothing was sent")
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void aSunsetInsideTheDomainsNoticePeriodNamesThePeriod() throws Exception {
        LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(5);

        HttpResponse<String> page = post("deprecate", "domain=sales&reason=r&sunset=" + soon);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("30 days");
    }

    @Test
    void aRegistrationWithoutAConsumerOrAValidDomainNamesEachField() throws Exception {
        HttpResponse<String> page = post("register", "domain=Not+A+Domain&consumerId=&kind=HUMAN&purpose=p&contact=c");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body().split("class=\"field-error\"", -1)).hasSize(3);
        assertThat(page.body()).doesNotContainIgnoringCase("exception");
    }

    private HttpResponse<String> post(String action, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/products/top-10-customers/versions/3.0/" + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
