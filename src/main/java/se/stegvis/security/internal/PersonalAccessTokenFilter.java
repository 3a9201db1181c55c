package se.stegvis.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import se.stegvis.account.PersonalAccessTokens;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}; an unknown or
 * revoked token is answered 401 at once. Requests without a bearer token pass on (HTTP Basic, or 401).
 */
class PersonalAccessTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final PersonalAccessTokens tokens;

	private final ProblemResponder problems;

	PersonalAccessTokenFilter(PersonalAccessTokens tokens, ProblemResponder problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserDetails> owner = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (owner.isEmpty()) {
			this.contexts.clearContext();
			this.problems.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get(), null,
				owner.get().getAuthorities()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
