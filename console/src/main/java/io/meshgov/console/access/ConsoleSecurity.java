package io.meshgov.console.access;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the console. Every form carries a CSRF token (a cookie and the same value in the form, so several
 * console instances need no shared session): an action is a write to a domain's topic, and no other site may make
 * a person's browser send one. In {@code oauth2} mode (the {@code prod} profile) every page but health needs a JWT
 * from the configured issuer, the same token the services check and that the console forwards to them; locally the
 * console is open, as the services are.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, AccessSettings settings) {
        CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
        plainToken.setCsrfRequestAttributeName(null); // the token is loaded on every page (layout), not deferred
        http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .csrfTokenRequestHandler(plainToken))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (settings.mode() == AccessSettings.Mode.OPEN) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    WebMvcConfigurer actorArguments(AccessSettings settings) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorResolver(settings));
            }
        };
    }

    /** An {@link Actor} parameter of a controller method: the domains the caller may act for. */
    private record ActorResolver(AccessSettings settings) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
        }

        @Override
        public Actor resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            if (settings.mode() == AccessSettings.Mode.OPEN) return Actor.inLocalRun();
            if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
                return Actor.withDomains(Set.of());
            }
            List<String> domains = token.getToken().getClaimAsStringList(settings.domainsClaim());
            return Actor.withDomains(domains == null ? Set.of() : Set.copyOf(domains));
        }
    }
}
