package se.stegvis.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
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
			assertThat(active.stream().map(Organisation::municipalityMainGroup).distinct()).containsExactlyInAnyOrder("A", "B", "C");
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

		@Test
		void noDemoDataIsCreated() {
			assertThat(this.catalog.search(OrganisationFilter.all())).noneMatch(Organisation::active);
		}

		@Test
		void noDemoBannerIsShown() {
			this.http.get().uri("/").exchange().expectBody(String.class)
				.value((html) -> assertThat(html).doesNotContain("stegvis-demo-banner"));
		}

	}

}
