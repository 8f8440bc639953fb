package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An identity provider for tests: signs tokens with a locally generated RSA key and serves its public key as a JWK
 * set over HTTP, as a real issuer does, so the service validates tokens exactly as in production (signature,
 * issuer, audience, expiry). It can also forge (sign with another key) and issue expired or wrong-audience tokens.
 */
public final class TokenIssuer implements AutoCloseable {

    public static final String AUDIENCE = "meshgov-api";

    private final KeyPair key = rsa();
    private final KeyPair forger = rsa();
    private final HttpServer server;

    private TokenIssuer(HttpServer server) {
        this.server = server;
    }

    public static TokenIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            TokenIssuer issuer = new TokenIssuer(server);
            byte[] jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) issuer.key.getPublic())
                            .keyIDFromThumbprint()
                            .build())
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + "/issuer";
    }

    /** The service in the prod profile, trusting this issuer (the variables of application-prod.yml). */
    public void configure(DynamicPropertyRegistry registry) {
        registry.add("MESHGOV_JWT_ISSUER_URI", this::issuer);
        registry.add(
                "MESHGOV_JWT_JWK_SET_URI",
                () -> "http://localhost:" + server.getAddress().getPort() + "/jwks.json");
        registry.add("MESHGOV_JWT_AUDIENCE", () -> AUDIENCE);
    }

    /** A valid token for a caller of the given domains with the given scopes. */
    public String token(List<String> domains, List<String> scopes) {
        return sign(key, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), domains, scopes);
    }

    /** Signed with a key the issuer never published. */
    public String forged(List<String> domains, List<String> scopes) {
        return sign(forger, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), domains, scopes);
    }

    /** Expired two minutes ago (beyond the validator's 60 s clock skew). */
    public String expired() {
        return sign(key, issuer(), AUDIENCE, Instant.now().minus(Duration.ofMinutes(2)), List.of(), List.of());
    }

    public String forAudience(String audience) {
        return sign(key, issuer(), audience, Instant.now().plus(Duration.ofMinutes(5)), List.of(), List.of());
    }

    public String fromIssuer(String issuer) {
        return sign(key, issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), List.of(), List.of());
    }

    /** A caller of one domain, without scopes. */
    public Api asDomain(Api anonymous, String domain) {
        return anonymous.withToken(token(List.of(domain), List.of()));
    }

    /** A caller of no domain with the {@code mesh:restricted} scope: the platform team. */
    public Api asPlatform(Api anonymous) {
        return anonymous.withToken(token(List.of(), List.of("mesh:restricted")));
    }

    /** Every one of {@link #rejectedCallers} gets a 401 problem+json on every path. */
    public void assertRejectedCallersGet401(Api anonymous, List<String> paths) {
        for (Api caller : rejectedCallers(anonymous)) {
            for (String path : paths) {
                Api.Answer answer = caller.get(path);
                assertThat(answer.status()).as(path).isEqualTo(401);
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
            }
        }
    }

    /**
     * Every caller the API must turn away with a 401: no token, a forged one (carrying every right), an expired one,
     * one for another audience, one from another issuer, and one that is not a JWT at all.
     */
    public List<Api> rejectedCallers(Api anonymous) {
        return List.of(
                anonymous,
                anonymous.withToken(forged(List.of("finance"), List.of("mesh:restricted"))),
                anonymous.withToken(expired()),
                anonymous.withToken(forAudience("someone-else")),
                anonymous.withToken(fromIssuer("https://evil.example")),
                anonymous.withToken("not-a-jwt"));
    }

    private static String sign(
            KeyPair with,
            String issuer,
            String audience,
            Instant expiresAt,
            List<String> domains,
            List<String> scopes) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("dashboard-user")
                .audience(List.of(audience))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt)
                .claim("domains", domains)
                .claim("scope", String.join(" ", scopes))
                .build();
        var encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) with.getPublic(), (RSAPrivateKey) with.getPrivate())
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
