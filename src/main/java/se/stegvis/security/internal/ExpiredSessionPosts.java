package se.stegvis.security.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.stegvis.web.KeptForms;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * An expired session never swallows a posted form (DESIGN.md §5, issue 6 point 8). When a session has expired, a
 * form post carries a CSRF token the new session does not know; instead of a bare 403 page, the post of an
 * answer page is kept ({@link KeptForms}) and the browser is sent to sign in. After signing in, the request cache
 * brings the user back to the page (as a GET), which shows the kept values filled in to save again. A kept post is
 * never replayed (Spring Security's saved-request wrapper would replay a saved POST, so only a GET visit of the
 * page is saved): the user saves with a fresh CSRF token, so a forged cross-site post cannot ride on the next
 * sign-in.
 * Script requests ({@code Accept: application/json}) get 401 instead of a redirect.
 */
final class ExpiredSessionPosts implements AccessDeniedHandler {

	/** Form posts worth keeping: the answer pages, whose GET shows the kept values. */
	static final RequestMatcher KEPT_POSTS = withDefaults().matcher(HttpMethod.POST, "/omgangar/*/omraden/*");

	private final RequestCache cache;

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	ExpiredSessionPosts(RequestCache cache) {
		this.cache = cache;
	}

	/**
	 * The request cache of the page chain: pages opened by GET, not by scripts (Spring Security's default).
	 */
	static RequestCache requestCache() {
		RequestMatcher notScript = new AndRequestMatcher(
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
				new NegatedRequestMatcher(json()), new NegatedRequestMatcher(withDefaults().matcher("/favicon.*")));
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(notScript, withDefaults().matcher(HttpMethod.GET, "/**")));
		return cache;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException) || signedIn()) {
			this.otherwise.handle(request, response, denied);
			return;
		}
		if (json().matches(request)) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		if (KEPT_POSTS.matches(request)) {
			KeptForms.keep(request);
			this.cache.saveRequest(new AsPageVisit(request), response);
		}
		response.sendRedirect(request.getContextPath() + "/logga-in");
	}

	/**
	 * The post as a visit of the same page: what the request cache keeps to come back to after signing in. Its
	 * fields are kept apart ({@link KeptForms}), so that Spring Security never replays them as a post.
	 */
	private static final class AsPageVisit extends HttpServletRequestWrapper {

		AsPageVisit(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static RequestMatcher json() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
		matcher.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
		return matcher;
	}

}
