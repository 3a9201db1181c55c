package se.stegvis.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.account.Role;

/**
 * Who may call one organisation-scoped endpoint, and how to build a real request to it for an
 * organisation. {@code pattern} is the mapping exactly as declared, e.g.
 * {@code /api/v1/organisations/{code}/members/{username}}.
 *
 * <pre>
 * ScopedEndpoint.api(HttpMethod.PUT, "/api/v1/organisations/{code}/members/{username}")
 *     .allow(Role.ORG_ADMIN).andSystemAdmins()
 *     .request((t) -&gt; ScopedRequest.json("/api/v1/organisations/" + t.code() + "/members/"
 *         + t.users().participant(t.code()).username(), Map.of("role", "VIEWER")))
 * </pre>
 *
 * @param page true for a page (signed-in session, CSRF on posts), false for the API (token)
 * @param reference true for reference facts that every signed-in user may read (not tenant data)
 * @param allowed the roles of the organisation that may call it; every other role gets 403
 * @param systemAdmins whether a system administrator without membership may call it (else 404)
 * @param request builds a fresh request for the organisation (called once per caller)
 */
public record ScopedEndpoint(HttpMethod method, String pattern, boolean page, boolean reference, Set<Role> allowed,
		boolean systemAdmins, Function<Tenant, ScopedRequest> request) {

	public static ScopedEndpoint api(HttpMethod method, String pattern) {
		return new ScopedEndpoint(method, pattern, false, false, Set.of(), false, ScopedEndpoint::unset);
	}

	public static ScopedEndpoint page(HttpMethod method, String pattern) {
		return new ScopedEndpoint(method, pattern, true, false, Set.of(), false, ScopedEndpoint::unset);
	}

	/** Members in these roles may call it; members in other roles get 403, non-members 404. */
	public ScopedEndpoint allow(Role... roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(java.util.List.of(roles));
		return new ScopedEndpoint(this.method, this.pattern, this.page, false, set, this.systemAdmins, this.request);
	}

	/** Every member, whatever the role. */
	public ScopedEndpoint allowAllMembers() {
		return allow(Role.values());
	}

	/** Reference facts: every signed-in user may read them, member or not. */
	public ScopedEndpoint referenceData() {
		return new ScopedEndpoint(this.method, this.pattern, this.page, true, EnumSet.allOf(Role.class), true, this.request);
	}

	/** System administrators may call it for any organisation, without a membership. */
	public ScopedEndpoint andSystemAdmins() {
		return new ScopedEndpoint(this.method, this.pattern, this.page, this.reference, this.allowed, true, this.request);
	}

	public ScopedEndpoint request(Function<Tenant, ScopedRequest> request) {
		return new ScopedEndpoint(this.method, this.pattern, this.page, this.reference, this.allowed, this.systemAdmins,
				request);
	}

	/** "GET /api/v1/…", as the discovery test names endpoints. */
	public String key() {
		return this.method.name() + " " + this.pattern;
	}

	private static ScopedRequest unset(Tenant tenant) {
		throw new IllegalStateException("No request given for an endpoint; call .request(…)");
	}

	/** The organisation a request is built for, with helpers to make what it needs. */
	public record Tenant(String code, TestUsers users, RestTestClient http) {
	}

	/**
	 * A concrete request: the path with its variables filled in, and a JSON body (API) or form fields
	 * (pages) where the endpoint takes one.
	 */
	public record ScopedRequest(String path, @Nullable Object json, Map<String, String> form) {

		public static ScopedRequest of(String path) {
			return new ScopedRequest(path, null, Map.of());
		}

		public static ScopedRequest json(String path, Object body) {
			return new ScopedRequest(path, body, Map.of());
		}

		public static ScopedRequest form(String path, Map<String, String> fields) {
			return new ScopedRequest(path, null, fields);
		}

	}

}
