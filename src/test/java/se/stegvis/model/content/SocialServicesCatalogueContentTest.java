package se.stegvis.model.content;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in catalogue {@code stegvis-socialtjanst} 1.0.0 is complete, concrete and in plain Swedish (issue 5). */
class SocialServicesCatalogueContentTest {

	private final ModelDocument model = ModelDocument.load("models/stegvis-socialtjanst-1.0.0.yaml");

	@Test
	void fourAreasAndFourDimensions() {
		assertThat(ModelDocument.list(this.model.root().path("areas"))).extracting((a) -> a.path("key").asString())
			.containsExactly("GENERAL", "ELDERLY_CARE", "INDIVIDUAL_FAMILY", "DISABILITY");
		assertThat(ModelDocument.list(this.model.root().path("dimensions"))).extracting((d) -> d.path("key").asString())
			.containsExactly("LEADERSHIP", "INFRASTRUCTURE", "COMPETENCE", "USE");
	}

	@Test
	void atLeastSixIndicatorsInEveryCellAnd96InAll() {
		Map<String, Long> cells = this.model.indicators()
			.stream()
			.collect(Collectors.groupingBy((i) -> i.path("area").asString() + "/" + i.path("dimension").asString(),
					Collectors.counting()));
		assertThat(cells).hasSize(16).allSatisfy((cell, count) -> assertThat(count).as(cell).isGreaterThanOrEqualTo(6));
		assertThat(this.model.indicators()).hasSizeGreaterThanOrEqualTo(96);
	}

	@Test
	void theFiveImplementationStages() {
		assertThat(ModelDocument.list(this.model.root().path("scale").path("levels")))
			.extracting((l) -> l.path("label").path("sv").asString())
			.containsExactly("Ej planerad", "Planerad", "Påbörjad", "Nästan där", "Uppnådd");
	}

	@Test
	void everyIndicatorHasHelpAWeightAndActivitiesForEveryStage() {
		assertThat(this.model.indicators()).allSatisfy((i) -> {
			assertThat(i.path("help").path("sv").asString()).as(i.path("key").asString()).contains("Som underlag räknas");
			assertThat(i.path("weight").asInt()).isBetween(1, 3);
		});
		CatalogueContentChecks.everyStageHasAnActivityAndOneFindOut(this.model);
		CatalogueContentChecks.everyActivityHasAnEffort(this.model);
	}

	@Test
	void indicatorSpecificDescriptorsWhereTheGenericOnesLeaveDoubt() {
		long withDescriptors = this.model.indicators().stream().filter((i) -> i.path("levels").size() > 0).count();
		assertThat(withDescriptors).isGreaterThanOrEqualTo(this.model.indicators().size() / 3);
	}

	@Test
	void everyTextInSwedishAndEnglish() {
		CatalogueContentChecks.everyTextHasSwedishAndEnglish(this.model);
	}

	@Test
	void noDuplicateTexts() {
		CatalogueContentChecks.noTwoIndicatorsOrActivitiesShareAText(this.model);
	}

	@Test
	void indicatorTextsAreInPlainSwedish() {
		assertThat(Lix.of(CatalogueContentChecks.indicatorTexts(this.model))).isLessThanOrEqualTo(50.0);
	}

	@Test
	void coversWhatTheNationalFollowUpsAskAbout() {
		String all = this.model.indicators()
			.stream()
			.map((JsonNode i) -> i.path("text").path("sv").asString() + " " + i.path("help").path("sv").asString())
			.collect(Collectors.joining(" "))
			.toLowerCase(java.util.Locale.ROOT);
		assertThat(all).contains("kamera", "ekonomiskt bistånd", "boka", "coach", "informationssäkerhet", "upphandl",
				"dokumentera", "gps", "wifi", "e-tjänst");
	}

	@Test
	void activitiesNameWhomToClarifyLegalAndSecurityQuestionsWith() {
		String activities = this.model.indicators()
			.stream()
			.flatMap((i) -> ModelDocument.list(i.path("activities")).stream())
			.map((a) -> a.path("description").path("sv").asString())
			.collect(Collectors.joining(" "));
		assertThat(activities).contains("dataskyddsombud", "upphandlingsfunktionen", "fackliga", "socialtjänstlag", "LSS");
	}

}
