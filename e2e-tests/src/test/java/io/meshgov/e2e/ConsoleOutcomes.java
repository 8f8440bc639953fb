package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.kit.test.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the owner and the analyst of the seed's story see in the console after the demo, page by page, and what the
 * console shows once catalog-service is gone: a banner and a 503 with Retry-After, never a 5xx of its own or an
 * empty catalog.
 */
final class ConsoleOutcomes {

    private ConsoleOutcomes() {}

    static void verifyTheStory(Api console) {
        assertThat(page(console, "/", 200)).contains("Top 10 customers", "12 products");
        assertThat(page(console, "/?domain=sales&status=DEPRECATED", 200))
                .contains("Top 10 customers")
                .doesNotContain("12 products");

        String product = page(console, "/products/top-10-customers", 200);
        assertThat(product)
                .contains("2.1.0", "3.0.0", "badge deprecated", "badge active", "Sunset in")
                .contains("href=\"/products/top-10-customers/versions/3.0.0\"")
                .contains("What changed", "class=\"added\"", "class=\"removed\"");

        String deprecated = page(console, "/products/top-10-customers/versions/2.1", 200);
        assertThat(between(deprecated, "class=\"pending\"", "</tr>")).contains("jane.analyst");
        assertThat(between(deprecated, "class=\"migrated\"", "</tr>")).contains("sales-dashboard");

        assertThat(page(console, "/consumers/jane.analyst", 200))
                .contains("top-10-customers", "class=\"warning\"", "completeness FAILING since");
        assertThat(page(console, "/alerts?state=ESCALATED", 200)).contains("jane.analyst");
        assertThat(page(console, "/violations?rule=lifecycle", 200)).contains("lifecycle");
        assertThat(between(page(console, "/drift?domain=sales", 200), "<tbody>", "</tbody>"))
                .contains("top-10-customers 2.1.0", "sales.discounts_manual");
        assertThat(page(console, "/domains", 200)).contains("sales", "finance");

        assertThat(page(console, "/products/no-such-product", 404)).contains("no data product");
        assertThat(page(console, "/products/Not_A_Slug", 400)).contains("Not a valid request");
        assertThat(page(console, "/?page=abc", 400)).contains("page: not a valid value");
    }

    /** Stops catalog-service's process; every page that reads it says so with a 503 and still renders its frame. */
    static void verifyTheCatalogGone(Api console, Path home) throws Exception {
        long pid =
                Long.parseLong(Files.readString(home.resolve("run/catalog.pid")).trim());
        ProcessHandle catalog = ProcessHandle.of(pid).orElseThrow();
        catalog.destroy();
        catalog.onExit().get(60, TimeUnit.SECONDS);
        for (String path : List.of("/", "/products/top-10-customers", "/alerts", "/consumers/jane.analyst")) {
            Api.Answer answer = console.get(path);
            assertThat(answer.status()).as(path).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(path).isPresent();
            assertThat(answer.raw())
                    .as(path)
                    .contains("catalog-service", "is unavailable", "Catalog")
                    .doesNotContain("Exception", "12 products");
        }
    }

    private static String page(Api console, String path, int status) {
        Api.Answer answer = console.get(path);
        assertThat(answer.status()).as("%s: %s", path, answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).as(path).startsWith("text/html");
        return answer.raw();
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }
}
