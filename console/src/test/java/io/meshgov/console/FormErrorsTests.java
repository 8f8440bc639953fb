package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A form with bad fields comes back as the version page with a message beside each bad field and a 400, before
 * anything is sent (the broker address is a port nothing listens on, so a send would answer 503); a form posted
 * without the page's CSRF token (another site making the browser post) is refused with a 403. The catalog here
 * answers with its recorded answers for "Top 10 customers" after the demo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormErrorsTests {

    /** The catalog's answer shape for GET /api/access-requests (catalog-service's AccessRequest, paged). */
    private static final String ACCESS_REQUESTS = """
            {"items":[
              {"requestId":"q1","productId":"top-10-customers","version":"3.0.0","consumerId":"jane.analyst",
               "kind":"HUMAN","readerDomain":"finance","ownerDomain":"sales","purpose":"quarterly revenue",
               "contact":"jane@example.com","requestedAt":"2026-12-01T00:00:00Z","until":"2027-03-01T00:00:00Z",
               "requestEventId":"7c1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10","state":"PENDING","decidedAt":null,
               "expiresAt":null,"reason":null,"resources":[]},
              {"requestId":"old","productId":"top-10-customers","version":"2.1.0","consumerId":"ops-report",
               "kind":"SYSTEM","readerDomain":"operations","ownerDomain":"sales","purpose":"ops",
               "contact":"ops@example.com","requestedAt":"2026-10-01T00:00:00Z","until":"2027-01-01T00:00:00Z",
               "requestEventId":"8c1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10","state":"DENIED",
               "decidedAt":"2026-10-02T00:00:00Z","expiresAt":null,"reason":"not for ops","resources":[]}],
             "page":0,"size":100,"totalItems":2,"totalPages":1}
            """;

    private static final RecordedServices CATALOG =
            RecordedServices.topTenCustomers().answer("/api/access-requests", 200, ACCESS_REQUESTS);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void catalogWithRecordedAnswers(DynamicPropertyRegistry registry) {
        registry.add("meshgov.console.catalog", CATALOG::url);
        registry.add("meshgov.console.actions.bootstrap-servers", () -> "localhost:1");
    }

    @AfterAll
    static void stop() {
        CATALOG.close();
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

    @Test
    void aDecisionOrAnAnswerAboutAVersionThatIsNotDeprecatedIsRefusedBeforeSending() throws Exception {
        HttpResponse<String> extend = post("extend-sunset", "domain=sales&reason=r&sunset=2030-01-01");
        HttpResponse<String> answer =
                post("answer", "domain=finance&consumerId=jane.analyst&answer=OBJECTED&reason=no+budget");

        for (HttpResponse<String> page : List.of(extend, answer)) {
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body())
                    .contains("class=\"field-error\">version 3.0.0 is ACTIVE, not deprecated")
                    .doesNotContain("nothing was sent")
                    .doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void aFormPostedWithoutThePagesTokenIsRefusedAndTheFormsCarryIt() throws Exception {
        BrowserLike browser = new BrowserLike(port);

        HttpResponse<String> forged = browser.postWithoutToken(
                "/products/top-10-customers/versions/3.0/deprecate", "domain=sales&reason=r&sunset=2020-01-01");
        HttpResponse<String> page = browser.get("/products/top-10-customers/versions/3.0");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("field-error").doesNotContainIgnoringCase("exception");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("name=\"_csrf\"", -1))
                .as("every form of the page carries the token")
                .hasSize(page.body().split("<form", -1).length);
    }

    @Test
    void theVersionsPendingAccessRequestIsListedWithTheOwnersButtonsAndADenialWithoutAReasonIsRefused()
            throws Exception {
        HttpResponse<String> page = new BrowserLike(port).get("/products/top-10-customers/versions/3.0");
        HttpResponse<String> unexplained = post("decide-access", "domain=sales&requestId=q1&decision=DENIED");
        HttpResponse<String> reused = post(
                "request-access",
                "domain=finance&requestId=q1&consumerId=jane.analyst&kind=HUMAN&purpose=p&contact=c&until=2030-01-01");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-request=\"q1\" data-state=\"PENDING\"")
                .contains("value=\"APPROVED\"")
                .contains("id=\"request-access\"")
                .as("another version's request")
                .doesNotContain("data-request=\"old\"");
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(unexplained.body()).contains("class=\"field-error\">reason is required");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("request q1 exists already: choose a new id");
    }

    private HttpResponse<String> post(String action, String form) throws Exception {
        return new BrowserLike(port).post("/products/top-10-customers/versions/3.0/" + action, form);
    }
}
