package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scripts the pages load come from the console itself: the browser libraries from their WebJars at version-less
 * paths (the locator resolves the version), the pages' own scripts from static resources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserScriptsTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesEveryScriptThePagesLoadAsJavaScript() throws Exception {
        for (String path : new String[] {
            "/webjars/cytoscape/dist/cytoscape.min.js",
            "/webjars/chart.js/dist/chart.umd.min.js",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/lineage.js",
            "/quality.js"
        }) {
            HttpResponse<String> script = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(script.statusCode()).as(path).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type)
                    .contains("javascript"));
            assertThat(script.body()).as(path).isNotBlank();
        }
    }
}
