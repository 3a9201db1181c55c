package se.stegvis.model.content;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in organisation-wide model {@code stegvis-organisation} 1.0.0 (issue 7). */
class OrganisationModelContentTest {

	private final ModelDocument model = ModelDocument.load("models/stegvis-organisation-1.0.0.yaml");

	@Test
	void capabilityAndLegacyGroupsWithTheirDimensions() {
		Map<String, String> groupOf = ModelDocument.list(this.model.root().path("dimensions"))
			.stream()
			.collect(Collectors.toMap((d) -> d.path("key").asString(), (d) -> d.path("group").asString()));
		assertThat(groupOf).containsEntry("UNDERSTANDING", "CAPABILITY")
			.containsEntry("CAPTURING", "CAPABILITY")
			.containsEntry("CHANGING", "CAPABILITY")
			.containsEntry("SYSTEMS", "LEGACY")
			.containsEntry("DATA", "LEGACY")
			.containsEntry("INVESTMENTS", "LEGACY");
	}

	@Test
	void atLeast30IndicatorsAndSixPerDimension() {
		assertThat(this.model.indicators()).hasSizeGreaterThanOrEqualTo(30);
		Map<String, Long> perDimension = this.model.indicators()
			.stream()
			.collect(Collectors.groupingBy((i) -> i.path("dimension").asString(), Collectors.counting()));
		assertThat(perDimension).hasSize(6).allSatisfy((d, n) -> assertThat(n).as(d).isGreaterThanOrEqualTo(6));
	}

	@Test
	void anAgreementScaleFromInstämmerInteAllsToInstämmerHelt() {
		assertThat(ModelDocument.list(this.model.root().path("scale").path("levels")))
			.extracting((l) -> l.path("label").path("sv").asString())
			.first()
			.isEqualTo("Instämmer inte alls");
		assertThat(ModelDocument.list(this.model.root().path("scale").path("levels")))
			.extracting((l) -> l.path("label").path("sv").asString())
			.last()
			.isEqualTo("Instämmer helt");
	}

	@Test
	void someLegacyStatementsAreReverseScored() {
		long reverse = this.model.indicators()
			.stream()
			.filter((i) -> "LEGACY".equals(groupOf(i.path("dimension").asString())) && i.path("reverse").asBoolean())
			.count();
		assertThat(reverse).isGreaterThanOrEqualTo(3);
	}

	@Test
	void activitiesCoverEveryLevelAndTextsArePresent() {
		CatalogueContentChecks.everyStageHasAnActivityAndOneFindOut(this.model);
		CatalogueContentChecks.everyActivityHasAnEffort(this.model);
		CatalogueContentChecks.everyTextHasSwedishAndEnglish(this.model);
		CatalogueContentChecks.noTwoIndicatorsOrActivitiesShareAText(this.model);
	}

	@Test
	void fourProfilesOnTheTwoGroupsWithDescriptionAndRecommendations() {
		assertThat(ModelDocument.list(this.model.root().path("profiles"))).hasSize(4).allSatisfy((p) -> {
			assertThat(p.path("description").path("sv").asString()).isNotBlank();
			assertThat(p.path("recommendations").path("sv").asString()).isNotBlank();
			assertThat(ModelDocument.list(p.path("when"))).extracting((c) -> c.path("key").asString())
				.containsExactlyInAnyOrder("CAPABILITY", "LEGACY");
		});
	}

	private String groupOf(String dimension) {
		return ModelDocument.list(this.model.root().path("dimensions"))
			.stream()
			.filter((d) -> dimension.equals(d.path("key").asString()))
			.map((d) -> d.path("group").asString())
			.findFirst()
			.orElseThrow();
	}

}
