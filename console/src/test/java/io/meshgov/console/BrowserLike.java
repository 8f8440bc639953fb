package io.meshgov.console;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What a browser does with the console over plain HTTP: keeps its cookies and sends a form with the CSRF token the
 * pages hand out (the {@code XSRF-TOKEN} cookie, the same value as the forms' hidden {@code _csrf} field), and an
 * {@code Authorization} header when it has a token.
 */
final class BrowserLike {

    private final int port;
    private final String token;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    BrowserLike(int port) {
        this(port, null);
    }

    BrowserLike(int port, String token) {
        this.port = port;
        this.token = token;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form with the page's CSRF token, as the browser would after loading a page. */
    HttpResponse<String> post(String path, String form) throws Exception {
        if (csrf() == null) get("/actuator/health");
        String withToken = form + "&_csrf=" + URLEncoder.encode(csrf(), StandardCharsets.UTF_8);
        return postWithoutToken(path, withToken);
    }

    /** Posts the form as another site would make the browser post it: without the page's token. */
    HttpResponse<String> postWithoutToken(String path, String form) throws Exception {
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
