package io.meshgov.kit.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP edge of every service. {@code open} mode (local runs): no authentication, CORS open. {@code oauth2}
 * mode (the {@code prod} profile): health is public, everything else ({@code /api/**}, metrics, the rest of the
 * actuator) needs a JWT from the configured issuer, for the configured audience; errors are problem+json. In both,
 * over-long query strings are refused, and controllers get the {@link Caller} that visibility rules judge.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
@Import(ApiDocs.class)
public class ApiSecurity {

    @Bean
    SecurityFilterChain apiFilterChain(HttpSecurity http, SecuritySettings settings) {
        // Bearer tokens only, no cookies or sessions: nothing for a cross-site request to ride on.
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults());
        if (settings.mode() == SecuritySettings.Mode.OPEN) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        AuthenticationEntryPoint unauthorized = ProblemResponses.unauthorized();
        AccessDeniedHandler forbidden = ProblemResponses.forbidden();
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        return http.build();
    }

    /** A request Spring Security's firewall refuses (an encoded {@code %}, {@code ..}, a {@code ;}) is a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            ProblemResponses.write(request, response, "Invalid request", e.getMessage());
        };
    }

    /** Browser dashboards: the listed origins may read {@code /api/**} (none listed, none may). */
    @Bean
    CorsConfigurationSource corsConfigurationSource(SecuritySettings settings) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(settings.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
        cors.setExposedHeaders(List.of("Retry-After", "WWW-Authenticate"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    @Bean
    FilterRegistrationBean<QueryLimit> queryLimit(SecuritySettings settings) {
        FilterRegistrationBean<QueryLimit> registration =
                new FilterRegistrationBean<>(new QueryLimit(settings.maxQueryLength()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer callerArguments(SecuritySettings settings) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver(settings));
            }
        };
    }

    /** A {@link Caller} parameter of a controller method: who the token says is calling. */
    static final class CallerResolver implements HandlerMethodArgumentResolver {

        private final SecuritySettings settings;

        CallerResolver(SecuritySettings settings) {
            this.settings = settings;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Caller resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            if (settings.mode() == SecuritySettings.Mode.OPEN) return Caller.inLocalRun();
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (!(authentication instanceof JwtAuthenticationToken token)) return Caller.anonymous();
            List<String> domains = token.getToken().getClaimAsStringList(settings.domainsClaim());
            Set<String> scopes = token.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("SCOPE_"))
                    .map(a -> a.substring("SCOPE_".length()))
                    .collect(Collectors.toSet());
            return Caller.authenticated(domains == null ? Set.of() : Set.copyOf(domains), scopes);
        }
    }
}
