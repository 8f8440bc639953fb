package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.kit.test.TokenIssuer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console under the {@code prod} profile, with tokens from a test issuer: pages need a valid token, the console
 * reads the services with the caller's own token (so their classification rules decide what a page can show: a
 * restricted product listed to another domain shows its id and name only, its page is the service's 403), and a
 * person acts only for the domains its token names. The services answer with recorded answers of the real ones
 * (their own tests check the rules behind those answers: the services' ApiAuthorizationTests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class InProdTests {

    static final TokenIssuer ISSUER = TokenIssuer.start();

    static final String LISTED = "{\"items\":["
            + "{\"id\":\"payroll\",\"name\":\"Payroll\",\"restricted\":true},"
            + "{\"id\":\"top-10-customers\",\"name\":\"Top 10 customers\",\"domain\":\"sales\","
            + "\"owner\":\"sales-analytics\",\"tags\":[\"customers\"],\"classification\":\"CONFIDENTIAL\","
            + "\"latestVersion\":\"3.0.0\",\"versionsByStatus\":{\"ACTIVE\":1,\"DEPRECATED\":1}}],"
            + "\"page\":0,\"size\":20,\"totalItems\":2,\"totalPages\":1}";

    static final RecordedServices SERVICES = RecordedServices.topTenCustomers()
            .answer("/api/products", 200, LISTED)
            .answer(
                    "/api/products/payroll",
                    403,
                    "{\"status\":403,\"detail\":\"payroll is restricted to its owning domain\"}");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void prodWithTheTestIssuer(DynamicPropertyRegistry registry) {
        ISSUER.configure(registry);
        registry.add("meshgov.console.catalog", SERVICES::url);
        registry.add("meshgov.console.lineage", SERVICES::url);
        registry.add("meshgov.console.quality", SERVICES::url);
        registry.add("meshgov.console.actions.bootstrap-servers", () -> "localhost:1");
        registry.add("meshgov.console.actions.timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
        ISSUER.close();
    }

    @Test
    void pagesNeedAValidTokenAndHealthNeedsNone() throws Exception {
        for (String token : new String[] {null, ISSUER.forged(List.of("sales"), List.of()), ISSUER.expired()}) {
            BrowserLike caller = new BrowserLike(port, token);

            assertThat(caller.get("/").statusCode()).isEqualTo(401);
            assertThat(caller.get("/products/top-10-customers").statusCode()).isEqualTo(401);
        }
        assertThat(new BrowserLike(port).get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theServicesAreReadWithTheCallersTokenAndARestrictedProductShowsItsNameOnly() throws Exception {
        String finance = ISSUER.token(List.of("finance"), List.of());
        BrowserLike analyst = new BrowserLike(port, finance);
        int before = SERVICES.requests().size();

        HttpResponse<String> catalog = analyst.get("/");
        HttpResponse<String> restricted = analyst.get("/products/payroll");

        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("Payroll", "Top 10 customers", "sales-analytics");
        String payrollRow = catalog.body().substring(catalog.body().indexOf("Payroll"));
        assertThat(payrollRow.substring(0, payrollRow.indexOf("</tr>"))).contains("restricted");
        assertThat(restricted.statusCode()).isEqualTo(403);
        assertThat(restricted.body())
                .contains("Not for you", "payroll is restricted to its owning domain")
                .doesNotContainIgnoringCase("exception");
        assertThat(SERVICES.requests().subList(before, SERVICES.requests().size()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.authorization()).as(r.path()).isEqualTo("Bearer " + finance));
    }

    @Test
    void aPersonActsOnlyForTheDomainsItsTokenNames() throws Exception {
        String sunset = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
        String form = "domain=sales&reason=3.1+replaces+it&sunset=" + sunset;
        String path = "/products/top-10-customers/versions/3.0/deprecate";

        HttpResponse<String> analyst =
                new BrowserLike(port, ISSUER.token(List.of("finance"), List.of())).post(path, form);
        HttpResponse<String> owner = new BrowserLike(port, ISSUER.token(List.of("sales"), List.of())).post(path, form);

        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(analyst.body())
                .contains("class=\"field-error\">your token names finance, not sales")
                .doesNotContain("nothing was sent");
        // past the gate, the owner's event goes to the broker, which this test does not run
        assertThat(owner.statusCode()).isEqualTo(503);
        assertThat(owner.body()).doesNotContain("your token names");
    }
}
