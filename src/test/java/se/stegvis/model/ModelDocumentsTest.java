package se.stegvis.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.stegvis.model.internal.ModelDocuments;
import se.stegvis.scoring.ActivityKind;
import se.stegvis.scoring.ComparisonOperator;
import se.stegvis.scoring.Effort;
import se.stegvis.scoring.IndicatorPlacement;
import se.stegvis.scoring.ProfileCondition;
import se.stegvis.scoring.ScopeType;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the format into records, and writing records back as YAML and JSON that read as the same model. */
class ModelDocumentsTest {

	private final ModelDocuments documents = new ModelDocuments();

	@Test
	void readsEveryFieldOfTheTestModel() {
		AssessmentModel model = this.documents.read(TestModels.yaml(), ModelFormat.YAML);
		assertThat(model.key()).isEqualTo("testmodell");
		assertThat(model.version()).isEqualTo(new SemanticVersion(1, 0, 0));
		assertThat(model.title().sv()).isEqualTo("Testmodell för äldreomsorg och IFO");
		assertThat(model.title().text(Locale.ENGLISH)).isEqualTo("Test model for elderly care and social services");
		assertThat(model.maxLevel()).isEqualTo(3);
		assertThat(model.scale()).extracting(ScaleLevel::level).containsExactly(0, 1, 2, 3);
		assertThat(model.dimensionGroups()).extracting(DimensionGroup::parent).containsExactly(null, "CAPABILITY");
		assertThat(model.dimensions()).extracting(Dimension::key).containsExactly("LEADERSHIP", "INFRASTRUCTURE", "USE");
		assertThat(model.areas()).extracting(Area::key).containsExactly("ELDERLY_CARE", "INDIVIDUAL_FAMILY");
		assertThat(model.indicators()).hasSize(5);
		Indicator strategy = model.indicator("ELD-LEAD-STRATEGY").orElseThrow();
		assertThat(strategy.weight()).isEqualTo(new BigDecimal("2"));
		assertThat(strategy.levels()).containsOnlyKeys(0, 3);
		assertThat(strategy.levelDescriptor(3).orElseThrow().sv()).isEqualTo("Planen är beslutad och följs upp varje år.");
		assertThat(strategy.activities()).extracting(Activity::kind)
			.containsExactly(ActivityKind.IMPROVE, ActivityKind.IMPROVE, ActivityKind.FIND_OUT);
		assertThat(strategy.findOut().orElseThrow().effort()).isEqualTo(Effort.S);
		assertThat(model.indicator("ELD-USE-NIGHT-CAMERA").orElseThrow().weight()).isEqualTo(new BigDecimal("1.5"));
		assertThat(model.indicator("IFO-USE-PAPER").orElseThrow().reverse()).isTrue();
		assertThat(model.lineage()).isEmpty();
		assertThat(model.profiles()).extracting(Profile::key).containsExactly("FRONT_RUNNER", "ELDERLY_FIRST", "STARTER");
		assertThat(model.profiles().get(1).when()).containsExactly(
				new ProfileCondition(ScopeType.AREA, "ELDERLY_CARE", ComparisonOperator.GTE, new BigDecimal("50")),
				new ProfileCondition(ScopeType.OVERALL, null, ComparisonOperator.LT, new BigDecimal("50")));
	}

	@Test
	void convertsToTheScoringModulesTypes() {
		AssessmentModel model = this.documents.read(TestModels.yaml(), ModelFormat.YAML);
		assertThat(model.scoringScale().maxLevel()).isEqualTo(3);
		assertThat(model.placements()).containsExactly(
				new IndicatorPlacement("ELD-LEAD-STRATEGY", "ELDERLY_CARE", "LEADERSHIP", List.of("CAPABILITY"), false),
				new IndicatorPlacement("ELD-INF-WIFI", "ELDERLY_CARE", "INFRASTRUCTURE", List.of("FOUNDATION", "CAPABILITY"), false),
				new IndicatorPlacement("ELD-USE-NIGHT-CAMERA", "ELDERLY_CARE", "USE", List.of(), false),
				new IndicatorPlacement("IFO-USE-PAPER", "INDIVIDUAL_FAMILY", "USE", List.of(), true),
				new IndicatorPlacement("IFO-LEAD-SKILLS", "INDIVIDUAL_FAMILY", "LEADERSHIP", List.of("CAPABILITY"), false));
		assertThat(model.indicator("ELD-INF-WIFI").orElseThrow().activityOptions()).extracting(
				(o) -> o.key() + " " + o.kind() + " " + o.fromLevel() + ".." + o.toLevel() + " " + o.effort())
			.containsExactly("ELD-INF-WIFI-SURVEY IMPROVE 0..2 S", "ELD-INF-WIFI-COMPLETE IMPROVE 2..3 L",
					"ELD-INF-WIFI-FIND-OUT FIND_OUT null..null S");
		assertThat(model.profileRules()).extracting((r) -> r.key() + " " + r.conditions().size())
			.containsExactly("FRONT_RUNNER 2", "ELDERLY_FIRST 2", "STARTER 0");
		assertThat(model.activity("IFO-USE-PAPER-STOP").orElseThrow().toLevel()).isEqualTo(3);
		assertThat(model.indicatorsIn("INDIVIDUAL_FAMILY", "USE")).extracting(Indicator::key).containsExactly("IFO-USE-PAPER");
	}

	@Test
	void readsTheBuiltInOrganisationModel() {
		AssessmentModel model = this.documents.read(TestModels.resource(TestModels.ORGANISATION_FILE), ModelFormat.YAML);
		assertThat(model.key()).isEqualTo("stegvis-organisation");
		assertThat(model.indicators()).hasSize(36);
		assertThat(model.indicators()).filteredOn(Indicator::reverse).isNotEmpty();
		assertThat(model.dimensionGroups()).extracting(DimensionGroup::key).containsExactly("CAPABILITY", "LEGACY");
		assertThat(model.profiles()).hasSize(4);
	}

	@Test
	void writtenYamlAndJsonReadAsTheSameModel() {
		AssessmentModel model = this.documents.read(TestModels.yaml(), ModelFormat.YAML);
		for (ModelFormat format : ModelFormat.values()) {
			byte[] written = this.documents.write(model, format);
			assertThat(this.documents.read(written, format)).as(format.name()).isEqualTo(model);
		}
		assertThat(this.documents.fromStoredForm(this.documents.storedForm(model))).isEqualTo(model);
	}

	@Test
	void jsonAndYamlOfOneDocumentAreTheSameModel() {
		byte[] json = TestModels.json(TestModels.tree());
		assertThat(this.documents.read(json, ModelFormat.JSON))
			.isEqualTo(this.documents.read(TestModels.yaml(), ModelFormat.YAML));
	}

	@Test
	void writtenYamlIsReadableText() {
		AssessmentModel model = this.documents.read(TestModels.yaml(), ModelFormat.YAML);
		String yaml = new String(this.documents.write(model, ModelFormat.YAML), StandardCharsets.UTF_8);
		assertThat(yaml).startsWith("key: \"testmodell\"").contains("version: \"1.0.0\"", "Äldreomsorg", "weight: 1.5")
			.doesNotContain("---");
	}

}
