package se.stegvis.model.content;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Both built-in models pass the engine's validation, are published at start, and their pages pass axe. */
class BuiltInModelsInProductTest {

	@Nested
	@IntegrationTest
	class Published {

		@Autowired
		ModelCatalog models;

		@Test
		void socialServicesCatalogueIsPublishedWithAll96Indicators() {
			AssessmentModel model = this.models.latestPublished("stegvis-socialtjanst").orElseThrow();
			assertThat(model.version()).hasToString("1.0.0");
			assertThat(model.indicators()).hasSize(96);
			assertThat(model.maxLevel()).isEqualTo(4);
		}

		@Test
		void organisationModelIsPublishedWithItsProfiles() {
			AssessmentModel model = this.models.latestPublished("stegvis-organisation").orElseThrow();
			assertThat(model.profileRules()).hasSize(4);
			assertThat(model.dimensionGroups()).hasSize(2);
		}

	}

	@Nested
	@BrowserTest
	class Pages {

		@Autowired
		TestUsers users;

		@org.junit.jupiter.api.BeforeEach
		void signIn(Browser browser) {
			browser.signIn(this.users.viewer("0180"));
		}

		@Test
		void socialServicesModelPageIsAccessible(Browser browser) {
			browser.checkPage("/modeller/stegvis-socialtjanst/1.0.0", "modell-socialtjanst");
		}

		@Test
		void organisationModelPageIsAccessible(Browser browser) {
			browser.checkPage("/modeller/stegvis-organisation/1.0.0", "modell-organisation");
		}

	}

}
