package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console with no service to read (every URL a port nothing listens on): each page says which service is
 * unavailable with a 503 and Retry-After and still renders its frame; malformed input is a 400 page; no page is a
 * 5xx of the console's own or shows a stack trace. (The pages with the services up are checked end to end, in
 * e2e-tests' MeshScriptTests, against the real services after the demo.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesDownTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void nothingListens(DynamicPropertyRegistry registry) throws IOException {
        String closed = "http://localhost:" + closedPort();
        registry.add("meshgov.console.catalog", () -> closed);
        registry.add("meshgov.console.lineage", () -> closed);
        registry.add("meshgov.console.quality", () -> closed);
    }

    @Test
    void everyCatalogPageSaysTheCatalogIsUnavailableWithA503AndRetryAfter() throws Exception {
        for (String path : new String[] {
            "/",
            "/products/top-10-customers",
            "/products/top-10-customers/versions/2.1",
            "/consumers/jane.analyst",
            "/alerts",
            "/violations",
            "/domains"
        }) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).as(path).hasValue("5");
            assertThat(page.body())
                    .as(path)
                    .contains("catalog-service", "is unavailable", "href=\"/alerts\"")
                    .doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void anActionWhileTheCatalogIsDownSaysNothingWasSentWithA503() throws Exception {
        HttpResponse<String> page = new BrowserLike(port)
                .post(
                        "/products/top-10-customers/versions/2.1/register",
                        "domain=finance&consumerId=jane.analyst&kind=HUMAN&purpose=p&contact=c");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body())
                .contains("catalog-service", "is unavailable", "nothing was sent")
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void theLineageAndQualityPagesNameTheirServiceWithA503AndRetryAfter() throws Exception {
        for (String[] page : new String[][] {
            {"/products/top-10-customers/versions/2.1/lineage", "lineage-service"},
            {"/products/top-10-customers/versions/2.1/lineage?depth=2&direction=downstream", "lineage-service"},
            {"/drift?domain=sales", "lineage-service"},
            {"/products/top-10-customers/versions/2.1/quality", "quality-service"},
            {"/products/top-10-customers/compare?versions=2.1,3.0", "quality-service"}
        }) {
            HttpResponse<String> answer = get(page[0]);

            assertThat(answer.statusCode()).as(page[0]).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(page[0]).hasValue("5");
            assertThat(answer.body())
                    .as(page[0])
                    .contains(page[1], "is unavailable", "href=\"/alerts\"")
                    .doesNotContain("id=\"lineage-graph\"", "<canvas")
                    .doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void aBadDepthDirectionOrVersionListIsA400PageNamingTheParameter() throws Exception {
        String lineage = "/products/top-10-customers/versions/2.1/lineage";
        for (String[] bad : new String[][] {
            {lineage + "?depth=abc", "depth"},
            {lineage + "?depth=0", "depth"},
            {lineage + "?depth=11", "depth"},
            {lineage + "?direction=sideways", "direction"},
            {"/products/top-10-customers/compare", "versions"},
            {"/products/top-10-customers/compare?versions=2.1", "versions"},
            {"/products/top-10-customers/compare?versions=2.1,2.1", "versions"}
        }) {
            HttpResponse<String> page = get(bad[0]);

            assertThat(page.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(page.body())
                    .as(bad[0])
                    .contains(bad[1] + ": not a valid value")
                    .doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void aMalformedParameterIsA400PageAndAnUnknownPathA404WithoutAStackTrace() throws Exception {
        HttpResponse<String> badPage = get("/?page=abc");
        HttpResponse<String> unknown = get("/no/such/page");
        HttpResponse<String> badDecision = get("/decisions/not-a-uuid?product=p&version=1.0&action=register&at=1");
        HttpResponse<String> unknownAction =
                get("/decisions/" + java.util.UUID.randomUUID() + "?product=p&version=1.0&action=delete&at=1");
        HttpResponse<String> missingTime =
                get("/decisions/" + java.util.UUID.randomUUID() + "?product=p&version=1.0&action=register");

        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("page: not a valid value");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("404").doesNotContainIgnoringCase("exception");
        assertThat(List.of(badDecision, unknownAction, missingTime))
                .allSatisfy(
                        r -> assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(400));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
