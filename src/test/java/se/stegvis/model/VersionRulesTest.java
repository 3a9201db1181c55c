package se.stegvis.model;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;

import se.stegvis.model.internal.ModelDocuments;
import se.stegvis.model.internal.VersionRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versioning rules, each with its exact path and message: a minor or patch version may change texts and
 * activities only; a new major version may change the indicators and must carry lineage to the previous
 * major; lineage needs a previous major to point to.
 */
class VersionRulesTest {

	private final ModelDocuments documents = new ModelDocuments();

	private final MessageSource messages = TestModels.messages();

	private final AssessmentModel released = model(TestModels.tree());

	@Test
	void aMinorVersionMayChangeTextsHelpDescriptorsAndActivities() {
		ObjectNode tree = TestModels.tree("1.1.0");
		((ObjectNode) TestModels.indicator(tree, 0).get("text")).put("sv", "Ny formulering av påståendet.");
		((ObjectNode) TestModels.indicator(tree, 1).get("help")).put("en", "New help.");
		((ObjectNode) TestModels.indicator(tree, 0).get("levels")).putObject("1").put("sv", "Ett utkast finns.");
		((ArrayNode) TestModels.indicator(tree, 2).get("activities")).remove(2);
		TestModels.activity(tree, 2, 1).put("toLevel", 3).put("effort", "L");
		((ObjectNode) tree.get("scale").get("levels").get(0).get("label")).put("sv", "Inte påbörjad");
		((ObjectNode) tree.get("profiles").get(2).get("title")).put("sv", "Nybörjare");
		assertThat(check(tree, this.released)).isEmpty();
	}

	@Test
	void aMinorVersionMayNotAddRemoveOrMoveIndicators() {
		ObjectNode tree = TestModels.tree("1.0.1");
		TestModels.indicator(tree, 0).put("key", "ELD-LEAD-PLAN");
		TestModels.indicator(tree, 1).put("dimension", "USE");
		TestModels.indicator(tree, 2).put("weight", 3);
		TestModels.indicator(tree, 3).put("reverse", false);
		TestModels.indicator(tree, 4).put("area", "ELDERLY_CARE");
		assertThat(check(tree, this.released)).containsExactly(
				"indicators[0].key: ELD-LEAD-PLAN finns inte i version 1.0.0. Bara en ny major-version får lägga till det.",
				"indicators: ELD-LEAD-STRATEGY i version 1.0.0 saknas. Bara en ny major-version får ta bort det.",
				"indicators[4].area: Värdet ELDERLY_CARE skiljer sig från INDIVIDUAL_FAMILY i version 1.0.0. En ny minor- "
						+ "eller patchversion får bara ändra texter och aktiviteter.",
				"indicators[1].dimension: Värdet USE skiljer sig från INFRASTRUCTURE i version 1.0.0. En ny minor- eller "
						+ "patchversion får bara ändra texter och aktiviteter.",
				"indicators[2].weight: Värdet 3 skiljer sig från 1.5 i version 1.0.0. En ny minor- eller patchversion "
						+ "får bara ändra texter och aktiviteter.",
				"indicators[3].reverse: Värdet false skiljer sig från true i version 1.0.0. En ny minor- eller "
						+ "patchversion får bara ändra texter och aktiviteter.");
	}

	@Test
	void aMinorVersionKeepsTheScaleDimensionsAreasProfilesAndLineage() {
		ObjectNode tree = TestModels.tree("1.2.0");
		((ArrayNode) tree.get("scale").get("levels")).addObject().put("level", 4)
			.<ObjectNode>set("label", TestModels.tree().get("title"))
			.set("description", TestModels.tree().get("title"));
		tree.get("indicators").values().forEach((indicator) -> indicator.get("activities").values().forEach((a) -> {
			if (a.path("toLevel").asInt() == 3) {
				((ObjectNode) a).put("toLevel", 4);
			}
		}));
		((ObjectNode) tree.get("dimensions").get(2)).put("group", "CAPABILITY");
		((ObjectNode) tree.get("dimensionGroups").get(1)).remove("parent");
		((ObjectNode) tree.get("areas").get(1)).put("key", "DISABILITY");
		TestModels.indicator(tree, 3).put("area", "DISABILITY");
		TestModels.indicator(tree, 4).put("area", "DISABILITY");
		((ObjectNode) tree.get("profiles").get(0).get("when").get(0)).put("value", 80);
		List<String> problems = check(tree, this.released);
		assertThat(problems).contains(
				"scale.levels: Skalan har 5 nivåer men version 1.0.0 har 4. En ny minor- eller patchversion får bara "
						+ "ändra texter och aktiviteter. Ge modellen en ny major-version för att ändra skalan.",
				"dimensionGroups[1].parent: Värdet null skiljer sig från CAPABILITY i version 1.0.0. En ny minor- eller "
						+ "patchversion får bara ändra texter och aktiviteter.",
				"dimensions[2].group: Värdet CAPABILITY skiljer sig från null i version 1.0.0. En ny minor- eller "
						+ "patchversion får bara ändra texter och aktiviteter.",
				"areas[1].key: DISABILITY finns inte i version 1.0.0. Bara en ny major-version får lägga till det.",
				"areas: INDIVIDUAL_FAMILY i version 1.0.0 saknas. Bara en ny major-version får ta bort det.",
				"profiles[0].when: Värdet [DIMENSION_GROUP CAPABILITY GTE 80, DIMENSION USE GT 50] skiljer sig från "
						+ "[DIMENSION_GROUP CAPABILITY GTE 75, DIMENSION USE GT 50] i version 1.0.0. En ny minor- eller "
						+ "patchversion får bara ändra texter och aktiviteter.");
	}

	@Test
	void aMinorVersionIsComparedWithTheClosestEarlierReleaseOfItsMajor() {
		AssessmentModel v110 = model(withDimension(TestModels.tree("1.1.0"), 1, "INFRASTRUCTURE"));
		ObjectNode tree = TestModels.tree("1.2.0");
		AssessmentModel major2 = model(renamed(TestModels.tree("2.0.0")));
		assertThat(check(tree, List.of(this.released, v110, major2))).isEmpty();
		TestModels.indicator(tree, 1).put("dimension", "USE");
		assertThat(check(tree, List.of(this.released, v110, major2))).singleElement().asString()
			.startsWith("indicators[1].dimension: Värdet USE skiljer sig från INFRASTRUCTURE i version 1.1.0.");
	}

	@Test
	void aNewMajorVersionMayRenameSplitMergeAndRemoveWithLineage() {
		ObjectNode tree = renamed(TestModels.tree("2.0.0"));
		assertThat(check(tree, this.released)).isEmpty();
	}

	@Test
	void aNewMajorVersionMustAccountForEveryIndicatorItDropped() {
		ObjectNode tree = TestModels.tree("2.0.0");
		TestModels.indicator(tree, 3).put("key", "IFO-USE-PRINT");
		((ArrayNode) tree.get("indicators")).remove(4);
		assertThat(check(tree, this.released)).containsExactly(
				"lineage: Indikatorn IFO-USE-PAPER i version 1.0.0 finns varken kvar i den här versionen eller i lineage. "
						+ "Ange RENAMED, SPLIT, MERGED eller REMOVED.",
				"lineage: Indikatorn IFO-LEAD-SKILLS i version 1.0.0 finns varken kvar i den här versionen eller i "
						+ "lineage. Ange RENAMED, SPLIT, MERGED eller REMOVED.");
		assertThat(check(tree, this.released, Locale.ENGLISH)).first().asString()
			.isEqualTo("lineage: The indicator IFO-USE-PAPER of version 1.0.0 is neither kept in this version nor in "
					+ "lineage. Give RENAMED, SPLIT, MERGED or REMOVED.");
	}

	@Test
	void lineageOfANewMajorNamesIndicatorsOfThePreviousMajor() {
		ObjectNode tree = renamed(TestModels.tree("2.0.0"));
		ArrayNode lineage = TestModels.array(tree, "lineage");
		lineage.addObject().put("from", "NEVER-EXISTED").put("kind", "REMOVED");
		lineage.addObject().put("from", "ELD-INF-WIFI").put("to", "ELD-USE-NIGHT-CAMERA").put("kind", "RENAMED");
		assertThat(check(tree, this.released)).containsExactly(
				"lineage[2].from: Indikatorn NEVER-EXISTED finns inte i version 1.0.0.",
				"lineage[3].from: Indikatorn ELD-INF-WIFI finns kvar i den här versionen och kan inte vara RENAMED.");
	}

	@Test
	void lineageNeedsAnEarlierMajorVersion() {
		ObjectNode tree = renamed(TestModels.tree("1.0.0"));
		assertThat(check(tree, List.of())).containsExactly(
				"lineage[0].from: Det finns ingen tidigare publicerad major-version av modellen att ange härkomst till. "
						+ "Ta bort raden.",
				"lineage[1].from: Det finns ingen tidigare publicerad major-version av modellen att ange härkomst till. "
						+ "Ta bort raden.");
	}

	@Test
	void aFirstVersionWithoutLineageNeedsNothingBefore() {
		assertThat(check(TestModels.tree("3.1.0"), List.of())).isEmpty();
	}

	/** Version 2 of the test model: IFO-USE-PAPER renamed, IFO-LEAD-SKILLS removed. */
	static ObjectNode renamed(ObjectNode tree) {
		TestModels.indicator(tree, 3).put("key", "IFO-USE-PRINT");
		((ArrayNode) tree.get("indicators")).remove(4);
		ArrayNode lineage = TestModels.array(tree, "lineage");
		lineage.addObject().put("from", "IFO-USE-PAPER").put("to", "IFO-USE-PRINT").put("kind", "RENAMED");
		lineage.addObject().put("from", "IFO-LEAD-SKILLS").put("kind", "REMOVED");
		return tree;
	}

	private static ObjectNode withDimension(ObjectNode tree, int indicator, String dimension) {
		TestModels.indicator(tree, indicator).put("dimension", dimension);
		return tree;
	}

	private List<String> check(ObjectNode tree, AssessmentModel released) {
		return check(tree, List.of(released));
	}

	private List<String> check(ObjectNode tree, List<AssessmentModel> released) {
		return check(tree, released, TestModels.SWEDISH);
	}

	private List<String> check(ObjectNode tree, AssessmentModel released, Locale locale) {
		return check(tree, List.of(released), locale);
	}

	private List<String> check(ObjectNode tree, List<AssessmentModel> released, Locale locale) {
		return VersionRules.check(model(tree), released)
			.stream()
			.map((p) -> p.path() + ": " + p.message(this.messages, locale))
			.toList();
	}

	private AssessmentModel model(ObjectNode tree) {
		return this.documents.read(TestModels.json(tree), ModelFormat.JSON);
	}

}
