package se.stegvis.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Org admins manage their organisation's memberships; the last org admin stays; every change is in the
 * audit trail, which keeps a deleted user's actions under a pseudonym; unused accounts are listed.
 */
@IntegrationTest
class MembershipApiTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Test
	void anOrgAdminChangesARoleAndItIsAudited() {
		TestUser admin = this.users.orgAdmin("1490");
		TestUser member = this.users.participant("1490");
		this.http.put().uri("/api/v1/organisations/1490/members/{u}", member.username()).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("role", "VIEWER")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("VIEWER");
		this.http.get().uri("/api/v1/me").headers(member.bearer()).exchange()
			.expectBody().jsonPath("$.memberships[0].role").isEqualTo("VIEWER");
		assertThat(this.audit.forOrganisation("1490", 10)).anySatisfy((e) -> {
			assertThat(e.action()).isEqualTo("membership.role-changed");
			assertThat(e.actorName()).isEqualTo(admin.displayName());
			assertThat(e.subjectLabel()).isEqualTo(member.displayName());
			assertThat(e.oldValue()).isEqualTo("PARTICIPANT");
			assertThat(e.newValue()).isEqualTo("VIEWER");
		});
	}

	@Test
	void anUnknownRoleIsRefusedNamingTheFieldAndChangesNothing() {
		TestUser admin = this.users.orgAdmin("1490");
		TestUser member = this.users.participant("1490");
		this.http.put().uri("/api/v1/organisations/1490/members/{u}", member.username()).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("role", "EMPEROR")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
		this.http.get().uri("/api/v1/me").headers(member.bearer()).exchange()
			.expectBody().jsonPath("$.memberships[0].role").isEqualTo("PARTICIPANT");
	}

	@Test
	void theLastOrgAdminCanNeitherBeDemotedNorRemoved() {
		String organisation = "2584";
		List<Map<String, Object>> admins = adminsOf(organisation);
		TestUser admin = this.users.orgAdmin(organisation);
		admins.forEach((a) -> this.http.delete().uri("/api/v1/organisations/{c}/members/{u}", organisation, a.get("username"))
			.headers(admin.bearer()).exchange().expectStatus().isNoContent());
		this.http.put().uri("/api/v1/organisations/{c}/members/{u}", organisation, admin.username()).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("role", "PARTICIPANT")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].message").value((String m) -> assertThat(m).contains("minst en organisationsadministratör"));
		this.http.delete().uri("/api/v1/organisations/{c}/members/{u}", organisation, admin.username()).headers(admin.bearer())
			.exchange()
			.expectStatus().isEqualTo(409);
		this.http.get().uri("/api/v1/me").headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.memberships[0].role").isEqualTo("ORG_ADMIN");
	}

	@Test
	void removingSomeonesLastMembershipDeletesTheAccountAndTheTrailKeepsAPseudonym() {
		TestUser admin = this.users.orgAdmin("0604");
		TestUser leaving = this.users.orgAdmin("0604");
		TestUser colleague = this.users.participant("0604");
		this.http.put().uri("/api/v1/organisations/0604/members/{u}", colleague.username()).headers(leaving.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("role", "VIEWER")).exchange().expectStatus().isOk();

		this.http.delete().uri("/api/v1/organisations/0604/members/{u}", leaving.username()).headers(admin.bearer())
			.exchange().expectStatus().isNoContent();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account_user WHERE id = :id").param("id", leaving.id())
			.query(Long.class).single()).isZero();
		this.http.get().uri("/api/v1/me").headers(leaving.bearer()).exchange().expectStatus().isUnauthorized();
		List<AuditEntry> trail = this.audit.forOrganisation("0604", 50);
		assertThat(trail).noneMatch((e) -> e.actorName().equals(leaving.displayName())
				|| e.subjectLabel().equals(leaving.displayName()));
		AuditEntry change = trail.stream()
			.filter((e) -> e.action().equals("membership.role-changed") && e.actorUserId() == leaving.id())
			.findFirst()
			.orElseThrow();
		assertThat(change.actorName()).startsWith("Pseudonym ");
		assertThat(trail).anySatisfy((e) -> {
			assertThat(e.action()).isEqualTo("account.deleted");
			assertThat(e.subjectLabel()).isEqualTo(change.actorName());
		});
	}

	@Test
	void aMemberOfAnotherOrganisationKeepsTheAccountWhenRemoved() {
		TestUser admin = this.users.orgAdmin("1401");
		TestUser twoPlaces = this.users.withMemberships(NewAccount.NewMembership.of("1401", Role.PARTICIPANT),
				NewAccount.NewMembership.of("1262", Role.VIEWER));
		this.http.delete().uri("/api/v1/organisations/1401/members/{u}", twoPlaces.username()).headers(admin.bearer())
			.exchange().expectStatus().isNoContent();
		this.http.get().uri("/api/v1/me").headers(twoPlaces.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.memberships[*].organisationCode").isEqualTo(List.of("1262"));
	}

	@Test
	void accountsUnusedForTwoYearsAreListedForTheOrgAdmin() {
		TestUser admin = this.users.orgAdmin("0509");
		TestUser dormant = this.users.viewer("0509");
		TestUser recent = this.users.viewer("0509");
		OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(25);
		this.jdbc.sql("UPDATE account_user SET created_at = :t, last_active_at = :t WHERE id = :id")
			.param("t", longAgo).param("id", dormant.id()).update();
		this.http.get().uri("/api/v1/organisations/0509/members/inactive").headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[*].username").value((List<String> names) -> assertThat(names).contains(dormant.username())
				.doesNotContain(recent.username(), admin.username()));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> adminsOf(String organisation) {
		TestUser sysadmin = this.users.systemAdmin();
		List<Map<String, Object>> members = this.http.get().uri("/api/v1/organisations/{c}/members", organisation)
			.headers(sysadmin.bearer()).exchange().expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
		return members.stream().filter((m) -> "ORG_ADMIN".equals(m.get("role"))).toList();
	}

}
