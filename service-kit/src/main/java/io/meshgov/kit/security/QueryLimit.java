package io.meshgov.kit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a query string longer than the limit with a 400, before any parameter is parsed. */
final class QueryLimit extends OncePerRequestFilter {

    private final int maxLength;

    QueryLimit(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > maxLength) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            ProblemResponses.write(
                    request,
                    response,
                    "Invalid parameter",
                    "the query string has " + query.length() + " characters; at most " + maxLength + " are allowed");
            return;
        }
        chain.doFilter(request, response);
    }
}
