package se.stegvis.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.account.Role;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.PageSession;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;
import se.stegvis.support.ScopedEndpoint.Tenant;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Who may see and do what, proven for every endpoint the application maps — discovered from its request
 * mappings, so that a new endpoint cannot be forgotten:
 * <ul>
 * <li>every endpoint that is not deliberately public turns anonymous callers away (401 Problem Details in
 * the API, the sign-in page for pages);</li>
 * <li>every organisation-scoped endpoint (a {@code {code}} or {@code {organisationCode}} path variable, or
 * {@link OrganisationScoped}) has expectations registered in an {@link OrganisationScopedEndpoints} of its
 * feature's tests, and each is proven: 404 for members of other organisations and for people without
 * one, 403 for members in a role that may not, success for the roles that may;</li>
 * <li>every endpoint guarded with {@code hasRole('SYSTEM_ADMIN')} refuses everyone else with 403.</li>
 * </ul>
 */
@IntegrationTest
class TenantIsolationTest {

	/** The organisation whose data the callers try to reach: Upplands Väsby. */
	static final String TENANT = "0114";

	/** Another organisation: its org admin is an outsider to {@link #TENANT}. */
	static final String OTHER = "0115";

	/**
	 * The only endpoints anyone may call without signing in. Adding one here is a decision: the page must
	 * show nothing but public facts (the invitation link is its own key).
	 */
	static final Set<String> PUBLIC = Set.of("GET /", "GET /organisationer", "GET /tillganglighet", "GET /personuppgifter", "GET /sa-raknar-vi",
			"GET /logga-in", "GET /inbjudan/{token}", "POST /inbjudan/{token}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestUsers users;

	@Autowired
	RestTestClient http;

	@Test
	void everyOrganisationScopedEndpointHasAuthorisationExpectations() {
		Set<String> scoped = new TreeSet<>(discovered().stream().filter(Endpoint::organisationScoped).map(Endpoint::key).toList());
		Set<String> described = new TreeSet<>(registered().stream().map(ScopedEndpoint::key).toList());
		assertThat(scoped).as("the discovery finds the organisation-scoped endpoints").isNotEmpty();
		Set<String> missing = new TreeSet<>(scoped);
		missing.removeAll(described);
		assertThat(missing).as("organisation-scoped endpoints without authorisation expectations: describe each in an "
				+ "OrganisationScopedEndpoints of the feature's tests (see docs/security.md)").isEmpty();
		Set<String> stale = new TreeSet<>(described);
		stale.removeAll(scoped);
		assertThat(stale).as("expectations for endpoints that are not mapped or not organisation-scoped").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> organisationScopedEndpointsLetOnlyTheRightPeopleIn() {
		Callers callers = new Callers(this.users);
		Tenant tenant = new Tenant(TENANT, this.users, this.http);
		return registered().stream().map((endpoint) -> dynamicTest(endpoint.key(), () -> {
			assertTurnedAway(endpoint.page(), call(endpoint, null, tenant, callers), endpoint.key());
			String tenantData = endpoint.reference() ? "success" : "404";
			expect(endpoint, callers.outsider, tenant, callers, tenantData, "an org admin of another organisation");
			expect(endpoint, callers.nobody, tenant, callers, tenantData, "a user without organisation");
			expect(endpoint, callers.systemAdmin, tenant, callers, endpoint.systemAdmins() ? "success" : "404",
					"a system administrator without membership");
			for (Role role : Role.values()) {
				expect(endpoint, callers.members.get(role), tenant, callers,
						endpoint.allowed().contains(role) ? "success" : "403", "a member with the role " + role);
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointThatIsNotPublicTurnsAnonymousCallersAway() {
		List<Endpoint> guarded = discovered().stream().filter((e) -> !PUBLIC.contains(e.key())).toList();
		assertThat(guarded).extracting(Endpoint::key).contains("GET /api/v1/me", "GET /konto", "GET /egenvardering");
		return guarded.stream().map((endpoint) -> dynamicTest(endpoint.key(), () -> {
			String path = fill(endpoint.pattern());
			int status;
			String location;
			if (endpoint.api()) {
				var result = this.http.method(HttpMethod.valueOf(endpoint.method())).uri(path).exchange()
					.expectBody(String.class).returnResult();
				status = result.getStatus().value();
				location = "";
				assertThat(result.getResponseHeaders().getContentType()).as(endpoint.key())
					.isNotNull()
					.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
			}
			else {
				var response = PageSession.anonymous(this.users.baseUrl())
					.request(HttpMethod.valueOf(endpoint.method()), path, Map.of());
				status = response.status();
				location = response.location();
			}
			assertTurnedAway(!endpoint.api(), new Result(status, location), endpoint.key());
		}));
	}

	@TestFactory
	Stream<DynamicTest> systemAdministratorEndpointsRefuseEveryoneElse() {
		List<Endpoint> adminOnly = discovered().stream().filter(Endpoint::systemAdminOnly).toList();
		assertThat(adminOnly).extracting(Endpoint::key).contains("GET /api/v1/users", "GET /administration");
		TestUser orgAdmin = this.users.orgAdmin(TENANT);
		PageSession session = this.users.signIn(orgAdmin);
		return adminOnly.stream().map((endpoint) -> dynamicTest(endpoint.key(), () -> {
			String path = fill(endpoint.pattern());
			int status;
			if (endpoint.api()) {
				var request = this.http.method(HttpMethod.valueOf(endpoint.method())).uri(path).headers(orgAdmin.bearer());
				status = (HttpMethod.GET.matches(endpoint.method()) || HttpMethod.DELETE.matches(endpoint.method()) ? request
						: request.contentType(MediaType.APPLICATION_JSON).body(Map.of()))
					.exchange()
					.expectBody(String.class)
					.returnResult()
					.getStatus()
					.value();
			}
			else {
				status = session.request(HttpMethod.valueOf(endpoint.method()), path, Map.of()).status();
			}
			assertThat(status).as("%s as an org admin", endpoint.key()).isEqualTo(403);
		}));
	}

	private void expect(ScopedEndpoint endpoint, TestUser caller, Tenant tenant, Callers callers, String expected,
			String who) {
		Result result = call(endpoint, caller, tenant, callers);
		String description = endpoint.key() + " by " + who + " (" + result.status() + " " + result.location() + ")";
		switch (expected) {
			case "success" -> assertThat(result.status() < 400 && !result.location().contains("/logga-in"))
				.as("%s: expected success", description)
				.isTrue();
			case "404" -> assertThat(result.status()).as("%s: expected 404", description).isEqualTo(404);
			case "403" -> assertThat(result.status()).as("%s: expected 403", description).isEqualTo(403);
			default -> throw new IllegalArgumentException(expected);
		}
	}

	private Result call(ScopedEndpoint endpoint, TestUser caller, Tenant tenant, Callers callers) {
		ScopedRequest request = endpoint.request().apply(tenant);
		if (endpoint.page()) {
			PageSession session = caller == null ? PageSession.anonymous(this.users.baseUrl()) : callers.session(caller);
			PageSession.Response response = session.request(endpoint.method(), request.path(), request.form());
			return new Result(response.status(), response.location());
		}
		var spec = this.http.method(endpoint.method()).uri(request.path());
		if (caller != null) {
			spec = spec.headers(caller.bearer());
		}
		var ready = request.json() == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).body(request.json());
		var result = ready.exchange().expectBody(String.class).returnResult();
		return new Result(result.getStatus().value(), "");
	}

	private static void assertTurnedAway(boolean page, Result result, String key) {
		if (page) {
			assertThat(result.status()).as("%s anonymously: redirect to sign-in", key).isEqualTo(302);
			assertThat(result.location()).as("%s anonymously: redirect to sign-in", key).contains("/logga-in");
		}
		else {
			assertThat(result.status()).as("%s anonymously", key).isEqualTo(401);
		}
	}

	/** Every request mapping of the application's controllers, one per method and pattern. */
	private List<Endpoint> discovered() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("se.stegvis")) {
				continue;
			}
			Set<String> methods = new TreeSet<>(entry.getKey().getMethodsCondition().getMethods().stream().map(Enum::name).toList());
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				methods.forEach((method) -> endpoints.add(new Endpoint(method, pattern, handler)));
			}
		}
		return endpoints;
	}

	/** Every feature's expectations, found on the test classpath. */
	private static List<ScopedEndpoint> registered() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(OrganisationScopedEndpoints.class));
		List<ScopedEndpoint> endpoints = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("se.stegvis")) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				var constructor = type.getDeclaredConstructor();
				constructor.setAccessible(true);
				endpoints.addAll(((OrganisationScopedEndpoints) constructor.newInstance()).endpoints());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot create " + candidate.getBeanClassName(), ex);
			}
		}
		return endpoints;
	}

	/** A pattern with every variable filled in: the organisation for {@code {code}}, 1 for the rest. */
	private static String fill(String pattern) {
		return pattern.replaceAll("\\{(code|organisationCode)}", TENANT).replaceAll("\\{[^}]+}", "1");
	}

	private record Result(int status, String location) {
	}

	private record Endpoint(String method, String pattern, HandlerMethod handler) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

		boolean organisationScoped() {
			return this.pattern.contains("{code}") || this.pattern.contains("{organisationCode}")
					|| AnnotatedElementUtils.hasAnnotation(this.handler.getMethod(), OrganisationScoped.class)
					|| AnnotatedElementUtils.hasAnnotation(this.handler.getBeanType(), OrganisationScoped.class);
		}

		boolean systemAdminOnly() {
			PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(this.handler.getMethod(), PreAuthorize.class);
			if (rule == null) {
				rule = AnnotatedElementUtils.findMergedAnnotation(this.handler.getBeanType(), PreAuthorize.class);
			}
			return rule != null && rule.value().contains("SYSTEM_ADMIN");
		}

	}

	/** The people who try: members of the organisation in each role, outsiders and a system administrator. */
	private static final class Callers {

		final Map<Role, TestUser> members = new LinkedHashMap<>();

		final TestUser outsider;

		final TestUser nobody;

		final TestUser systemAdmin;

		private final TestUsers users;

		private final Map<String, PageSession> sessions = new HashMap<>();

		Callers(TestUsers users) {
			this.users = users;
			for (Role role : Role.values()) {
				this.members.put(role, users.member(TENANT, role));
			}
			this.outsider = users.orgAdmin(OTHER);
			this.nobody = users.withoutMembership();
			this.systemAdmin = users.systemAdmin();
		}

		PageSession session(TestUser user) {
			return this.sessions.computeIfAbsent(user.username(), (u) -> this.users.signIn(user));
		}

	}

}
