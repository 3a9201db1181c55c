package se.stegvis.web;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.account.Role;
import se.stegvis.account.UserAccounts;
import se.stegvis.demo.DemoUsers;
import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
import se.stegvis.organisation.OrganisationType;
import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile seeds demo organisations and shows a banner; no profile means no demo data. */
class DemoProfileTest {

	@Nested
	@IntegrationTest
	@ActiveProfiles("demo")
	class WithDemoProfile {

		@Autowired
		OrganisationCatalog catalog;

		@Autowired
		RestTestClient http;

		@Test
		void demoMunicipalitiesAcrossRegionsAndMainGroupsAreActive() {
			var active = this.catalog.search(OrganisationFilter.all())
				.stream()
				.filter(Organisation::active)
				.filter((o) -> o.municipalityMainGroup() != null)
				.toList();
			assertThat(active).hasSizeGreaterThanOrEqualTo(10);
			assertThat(active.stream().map(Organisation::regionCode).distinct()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(active.stream()
				.filter((o) -> o.type() == OrganisationType.MUNICIPALITY)
				.map(Organisation::municipalityMainGroup)
				.distinct()).containsExactlyInAnyOrder("A", "B", "C");
		}

		@Test
		void demoUsersSignInWithTheDocumentedPassword() {
			this.http.get().uri("/api/v1/me").headers((h) -> h.setBasicAuth("stockholm.admin", DemoUsers.PASSWORD)).exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.memberships[0].organisationCode").isEqualTo("0180")
				.jsonPath("$.memberships[0].role").isEqualTo("ORG_ADMIN");
			this.http.get().uri("/api/v1/me").headers((h) -> h.setBasicAuth("admin", DemoUsers.PASSWORD)).exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.systemAdmin").isEqualTo(true);
			this.http.get().uri("/api/v1/me").headers((h) -> h.setBasicAuth("lund.malmo", DemoUsers.PASSWORD)).exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.memberships.length()").isEqualTo(2);
			assertThat(DemoUsers.USERS).extracting((u) -> u.memberships().get(0).role()).contains(Role.ORG_ADMIN,
					Role.PARTICIPANT, Role.VIEWER, Role.REGIONAL_COORDINATOR);
		}

		@Test
		void theSignInPageListsTheDemoAccounts() {
			this.http.get().uri("/logga-in").exchange().expectBody(String.class)
				.value((html) -> assertThat(html).contains("Demokonton", DemoUsers.PASSWORD, "stockholm.admin"));
		}

		@Test
		void everyPageShowsTheDemoBanner() {
			this.http.get().uri("/").exchange().expectBody(String.class)
				.value((html) -> assertThat(html).contains("stegvis-demo-banner", "demoversion"));
		}

	}

	/** A context of its own, so that no other test's members have activated an organisation. */
	@Nested
	@IntegrationTest
	@TestPropertySource(properties = "stegvis.test.context=without-demo-profile")
	class WithoutProfile {

		@Autowired
		OrganisationCatalog catalog;

		@Autowired
		RestTestClient http;

		@Autowired
		UserAccounts accounts;

		@Autowired
		JdbcClient jdbc;

		/**
		 * Other tests of this shared context make members, which activates their organisations; without the
		 * demo profile, only those are active and no demo account exists.
		 */
		@Test
		void noDemoDataIsCreated() {
			List<String> withMembers = this.jdbc.sql("SELECT DISTINCT organisation_code FROM account_membership")
				.query(String.class)
				.list();
			assertThat(this.catalog.search(OrganisationFilter.all())).filteredOn(Organisation::active)
				.allSatisfy((o) -> assertThat(withMembers).contains(o.code()));
			assertThat(DemoUsers.USERS).allSatisfy((u) -> assertThat(this.accounts.find(u.username())).isEmpty());
		}

		@Test
		void theSignInPageListsNoDemoAccounts() {
			this.http.get().uri("/logga-in").exchange().expectBody(String.class)
				.value((html) -> assertThat(html).doesNotContain("Demokonton", DemoUsers.PASSWORD));
		}

		@Test
		void noDemoBannerIsShown() {
			this.http.get().uri("/").exchange().expectBody(String.class)
				.value((html) -> assertThat(html).doesNotContain("stegvis-demo-banner"));
		}

	}

}
