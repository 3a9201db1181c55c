package se.stegvis.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account API of DESIGN.md §5: {@code GET /api/v1/me}, personal access tokens, HTTP Basic,
 * {@code POST /api/v1/users}, with Problem Details that name the field for bad input and change nothing.
 */
@IntegrationTest
class AccountApiTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void meShowsTheUserWithMembershipsAndRoles() {
		TestUser user = this.users.orgAdmin("1280");
		this.http.get().uri("/api/v1/me").headers(user.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.username").isEqualTo(user.username())
			.jsonPath("$.displayName").isEqualTo(user.displayName())
			.jsonPath("$.systemAdmin").isEqualTo(false)
			.jsonPath("$.selectedOrganisationCode").isEqualTo("1280")
			.jsonPath("$.memberships[0].organisationCode").isEqualTo("1280")
			.jsonPath("$.memberships[0].organisationName").isEqualTo("Malmö")
			.jsonPath("$.memberships[0].role").isEqualTo("ORG_ADMIN")
			.jsonPath("$.password").doesNotExist();
	}

	@Test
	void httpBasicWorksWithALocalAccountAndAWrongPasswordIs401ProblemDetails() {
		TestUser user = this.users.viewer("0180");
		this.http.get().uri("/api/v1/me").headers(user.basic()).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.username").isEqualTo(user.username());
		this.http.get().uri("/api/v1/me").headers((h) -> h.setBasicAuth(user.username(), "fel-losenord-helt-och-hallet"))
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.title").isEqualTo("Inloggning krävs");
	}

	@Test
	void unauthenticatedApiCallsGet401ProblemDetailsNeverALoginPage() {
		this.http.get().uri("/api/v1/me").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/v1/me").headers((h) -> h.setBearerAuth("stegvis_finns-inte")).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/v1/does-not-exist").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() {
		TestUser user = this.users.participant("0180");
		Map<?, ?> created = this.http.post().uri("/api/v1/me/tokens").headers(user.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Export till Excel"))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().exists("Location")
			.expectBody(Map.class).returnResult().getResponseBody();
		String token = (String) created.get("token");
		long id = ((Number) created.get("id")).longValue();
		assertThat(token).startsWith("stegvis_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account_token WHERE token_hash = :t OR name = :t")
			.param("t", token).query(Long.class).single()).isZero();

		this.http.get().uri("/api/v1/me").headers((h) -> h.setBearerAuth(token)).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.username").isEqualTo(user.username());
		this.http.get().uri("/api/v1/me/tokens").headers(user.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.name == 'Export till Excel')].hint").isEqualTo(List.of(token.substring(0, 12)))
			.jsonPath("$[*].token").doesNotExist();

		TestUser someoneElse = this.users.participant("0180");
		this.http.delete().uri("/api/v1/me/tokens/{id}", id).headers(someoneElse.bearer()).exchange()
			.expectStatus().isNotFound();
		this.http.delete().uri("/api/v1/me/tokens/{id}", id).headers(user.bearer()).exchange()
			.expectStatus().isNoContent();
		this.http.get().uri("/api/v1/me").headers((h) -> h.setBearerAuth(token)).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void aTokenWithoutNameIsRefusedNamingTheField() {
		TestUser user = this.users.participant("0180");
		this.http.post().uri("/api/v1/me/tokens").headers(user.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", " ")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
	}

	@Test
	void aSystemAdministratorCreatesAUserWhoCanThenSignIn() {
		TestUser admin = this.users.systemAdmin();
		String username = "ny.anvandare." + System.nanoTime();
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", "Ny Användare", "password", "blåbärssylt och pannkakor",
					"memberships", List.of(Map.of("organisationCode", "2380", "role", "PARTICIPANT"))))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().value("Location", (l) -> assertThat(l).startsWith("/api/v1/users/"))
			.expectBody()
			.jsonPath("$.username").isEqualTo(username)
			.jsonPath("$.memberships[0].role").isEqualTo("PARTICIPANT")
			.jsonPath("$.passwordHash").doesNotExist();
		this.http.get().uri("/api/v1/me").headers((h) -> h.setBasicAuth(username, "blåbärssylt och pannkakor", StandardCharsets.UTF_8)).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.memberships[0].organisationName").isEqualTo("Östersund");
	}

	@Test
	void anOrgAdminCreatesUsersOnlyForTheirOwnOrganisation() {
		TestUser orgAdmin = this.users.orgAdmin("1281");
		String username = "kollega." + System.nanoTime();
		this.http.post().uri("/api/v1/users").headers(orgAdmin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", "Kollega",
					"memberships", List.of(Map.of("organisationCode", "1281", "role", "VIEWER"))))
			.exchange()
			.expectStatus().isCreated();
		TestUser participant = this.users.participant("1281");
		long before = userCount();
		this.http.post().uri("/api/v1/users").headers(orgAdmin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username + ".x", "displayName", "Kollega",
					"memberships", List.of(Map.of("organisationCode", "1280", "role", "VIEWER"))))
			.exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value((String d) -> assertThat(d).contains("1280"));
		this.http.post().uri("/api/v1/users").headers(orgAdmin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username + ".y", "displayName", "Kollega", "systemAdmin", true,
					"memberships", List.of(Map.of("organisationCode", "1281", "role", "VIEWER"))))
			.exchange()
			.expectStatus().isForbidden();
		this.http.post().uri("/api/v1/users").headers(participant.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username + ".z", "displayName", "Kollega",
					"memberships", List.of(Map.of("organisationCode", "1281", "role", "VIEWER"))))
			.exchange()
			.expectStatus().isForbidden();
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void badInputIsProblemDetailsNamingTheFieldAndChangesNothing() {
		TestUser admin = this.users.systemAdmin();
		long before = userCount();
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", "", "displayName", "x".repeat(201), "password", "kort",
					"memberships", List.of(Map.of("organisationCode", "0180", "role", "KING"),
							Map.of("organisationCode", "9999", "role", "VIEWER"))))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'username')].message").isEqualTo(List.of("Ange ett användarnamn."))
			.jsonPath("$.errors[?(@.field == 'displayName')].message").isEqualTo(List.of("Namnet får ha högst 200 tecken."))
			.jsonPath("$.errors[?(@.field == 'password')]").exists()
			.jsonPath("$.errors[?(@.field == 'memberships[0].role')].message")
			.value((List<String> m) -> assertThat(m.get(0)).contains("KING", "ORG_ADMIN", "PARTICIPANT", "VIEWER", "REGIONAL_COORDINATOR"))
			.jsonPath("$.errors[?(@.field == 'memberships[1].organisationCode')]").exists();
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\": \"trasig\", ").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\": \"typfel\", \"displayName\": \"Typfel\", \"systemAdmin\": {\"nej\": 1}}").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("systemAdmin");
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\": \"typfel\", \"displayName\": \"Typfel\", \"memberships\": [{\"role\": [1]}]}").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("memberships[0].role");
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", "x".repeat(101), "displayName", "Lång")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void aTakenUsernameIs409NamingTheField() {
		TestUser existing = this.users.viewer("0180");
		TestUser admin = this.users.systemAdmin();
		long before = userCount();
		this.http.post().uri("/api/v1/users").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", existing.username().toUpperCase(), "displayName", "Dubblett")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("username")
			.jsonPath("$.errors[0].message").value((String m) -> assertThat(m).contains("upptaget"));
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void aCommonPasswordIsRefused() {
		this.http.post().uri("/api/v1/users").headers(this.users.systemAdmin().bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", "vanligt." + System.nanoTime(), "displayName", "Vanlig", "password", "1qaz2wsx3edc4rfv"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("password")
			.jsonPath("$.errors[0].message").value((String m) -> assertThat(m).contains("vanliga lösenord"));
	}

	@Test
	void anAccountIsVisibleToItsOwnerItsOrgAdminsAndSystemAdministratorsOnly() {
		TestUser member = this.users.participant("0581");
		this.http.get().uri("/api/v1/users/{id}", member.id()).headers(member.bearer()).exchange().expectStatus().isOk();
		this.http.get().uri("/api/v1/users/{id}", member.id()).headers(this.users.orgAdmin("0581").bearer()).exchange()
			.expectStatus().isOk();
		this.http.get().uri("/api/v1/users/{id}", member.id()).headers(this.users.systemAdmin().bearer()).exchange()
			.expectStatus().isOk();
		this.http.get().uri("/api/v1/users/{id}", member.id()).headers(this.users.orgAdmin("0580").bearer()).exchange()
			.expectStatus().isNotFound();
		this.http.get().uri("/api/v1/users/{id}", member.id()).headers(this.users.participant("0581").bearer()).exchange()
			.expectStatus().isNotFound();
	}

	private long userCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_user").query(Long.class).single();
	}

}
