package se.stegvis.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;

import se.stegvis.model.internal.ModelDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every validation rule of docs/model-format.md, each with the exact path and message it reports — in
 * Swedish and, where it says so, in English — and every problem of a document at once.
 */
class ModelValidationTest {

	private final ModelDocuments documents = new ModelDocuments();

	private final MessageSource messages = TestModels.messages();

	@Test
	void theTestModelHasNoProblem() {
		assertThat(this.documents.read(TestModels.json(TestModels.tree()), ModelFormat.JSON).key()).isEqualTo("testmodell");
	}

	@Test
	void unknownAreaDimensionAndGroupAreNamed() {
		ObjectNode tree = TestModels.tree();
		TestModels.indicator(tree, 0).put("area", "HOME_CARE");
		TestModels.indicator(tree, 1).put("dimension", "DATA");
		((ObjectNode) tree.get("dimensions").get(2)).put("group", "LEGACY");
		((ObjectNode) tree.get("dimensionGroups").get(1)).put("parent", "NOPE");
		assertThat(problems(tree)).containsExactly(
				"dimensionGroups[1].parent: Dimensionsgruppen NOPE finns inte i modellen.",
				"dimensions[2].group: Dimensionsgruppen LEGACY finns inte i modellen.",
				"indicators[0].area: Området HOME_CARE finns inte i modellen.",
				"indicators[1].dimension: Dimensionen DATA finns inte i modellen.");
	}

	@Test
	void duplicateKeysNameWhereTheKeyWasFirst() {
		ObjectNode tree = TestModels.tree();
		TestModels.indicator(tree, 1).put("key", "ELD-LEAD-STRATEGY");
		TestModels.activity(tree, 2, 0).put("key", "ELD-LEAD-STRATEGY-DRAFT");
		((ObjectNode) tree.get("profiles").get(2)).put("key", "FRONT_RUNNER");
		((ObjectNode) tree.get("dimensionGroups").get(1)).put("key", "CAPABILITY");
		assertThat(problems(tree)).contains(
				"dimensionGroups[1].key: Nyckeln CAPABILITY finns redan (dimensionGroups[0].key). Nycklar måste vara unika.",
				"indicators[1].key: Nyckeln ELD-LEAD-STRATEGY finns redan (indicators[0].key). Nycklar måste vara unika.",
				"indicators[2].activities[0].key: Nyckeln ELD-LEAD-STRATEGY-DRAFT finns redan "
						+ "(indicators[0].activities[0].key). Nycklar måste vara unika.",
				"profiles[2].key: Nyckeln FRONT_RUNNER finns redan (profiles[0].key). Nycklar måste vara unika.");
	}

	@Test
	void aScaleWithAGapIsNamedAtTheLevelThatBreaksIt() {
		ObjectNode tree = TestModels.tree();
		((ArrayNode) tree.get("scale").get("levels")).remove(2);
		assertThat(problems(tree)).containsExactly("scale.levels[2].level: Nivån är 3 men ska vara 2. Skalans nivåer "
				+ "ska vara 0, 1, 2 … i ordning och utan luckor.");
	}

	@Test
	void aScaleNeedsTwoLevels() {
		ObjectNode tree = TestModels.tree();
		ArrayNode levels = (ArrayNode) tree.get("scale").get("levels");
		levels.remove(3);
		levels.remove(2);
		levels.remove(1);
		assertThat(problems(tree)).containsExactly("scale.levels: Skalan måste ha minst två nivåer, 0 och 1.");
	}

	@Test
	void anActivityLevelRangeOutsideTheScaleIsNamed() {
		ObjectNode tree = TestModels.tree();
		TestModels.activity(tree, 0, 1).put("toLevel", 7);
		TestModels.activity(tree, 1, 0).put("fromLevel", -1);
		assertThat(problems(tree)).containsExactly(
				"indicators[0].activities[1].toLevel: 7 ligger utanför skalan 0..3.",
				"indicators[1].activities[0].fromLevel: -1 ligger utanför skalan 0..3.");
		assertThat(english(tree)).contains("indicators[0].activities[1].toLevel: 7 is outside the scale 0..3.");
	}

	@Test
	void anImproveActivityLeadsUpwards() {
		ObjectNode tree = TestModels.tree();
		TestModels.activity(tree, 1, 1).put("fromLevel", 3).put("toLevel", 2);
		assertThat(problems(tree)).contains(
				"indicators[1].activities[1].toLevel: toLevel (2) måste vara högre än fromLevel (3).");
	}

	@Test
	void aLevelBelowMaxLevelThatNoImproveActivityCoversIsNamed() {
		ObjectNode tree = TestModels.tree();
		((ArrayNode) TestModels.indicator(tree, 2).get("activities")).remove(1);
		assertThat(problems(tree)).containsExactly("indicators[2].activities: Ingen IMPROVE-aktivitet gäller nivå 1. "
				+ "Varje nivå under 3 behöver minst en aktivitet med fromLevel ≤ 1 < toLevel.");
		assertThat(english(tree)).containsExactly("indicators[2].activities: No IMPROVE activity applies to level 1. "
				+ "Every level below 3 needs at least one activity with fromLevel ≤ 1 < toLevel.");
	}

	@Test
	void everyIndicatorNeedsExactlyOneFindOutActivity() {
		ObjectNode tree = TestModels.tree();
		((ArrayNode) TestModels.indicator(tree, 3).get("activities")).remove(1);
		TestModels.activity(tree, 4, 1).put("kind", "FIND_OUT").remove(List.of("fromLevel", "toLevel"));
		assertThat(problems(tree)).contains(
				"indicators[3].activities: Indikatorn saknar en FIND_OUT-aktivitet, förslaget till den som svarar Vet ej.",
				"indicators[4].activities[2].kind: Indikatorn har redan en FIND_OUT-aktivitet (IFO-LEAD-SKILLS-TRAIN). "
						+ "Varje indikator har exakt en.");
	}

	@Test
	void aFindOutActivityHasNoLevelRange() {
		ObjectNode tree = TestModels.tree();
		TestModels.activity(tree, 0, 2).put("fromLevel", 0);
		assertThat(problems(tree)).containsExactly(
				"indicators[0].activities[2].fromLevel: En FIND_OUT-aktivitet har inget nivåintervall. Ta bort fältet.");
	}

	@Test
	void missingSwedishTextIsNamedWherever() {
		ObjectNode tree = TestModels.tree();
		((ObjectNode) tree.get("title")).remove("sv");
		((ObjectNode) TestModels.indicator(tree, 4).get("text")).remove("sv");
		((ObjectNode) TestModels.activity(tree, 0, 0).get("description")).put("sv", " ");
		((ObjectNode) tree.get("scale").get("levels").get(1).get("label")).remove("sv");
		assertThat(problems(tree)).containsExactly(
				"title.sv: Svensk text saknas. Varje text måste ha sv.",
				"scale.levels[1].label.sv: Svensk text saknas. Varje text måste ha sv.",
				"indicators[0].activities[0].description.sv: Texten är tom.",
				"indicators[4].text.sv: Svensk text saknas. Varje text måste ha sv.");
		assertThat(english(tree)).first().isEqualTo("title.sv: Swedish text is missing. Every text must have sv.");
	}

	@Test
	void lineageToKeysThatDoNotExistIsNamed() {
		ObjectNode tree = TestModels.tree();
		ArrayNode lineage = TestModels.array(tree, "lineage");
		lineage.addObject().put("from", "OLD-KEY").put("to", "NEW-KEY").put("kind", "RENAMED");
		lineage.addObject().put("from", "GONE").put("to", "IFO-USE-PAPER").put("kind", "REMOVED");
		lineage.addObject().put("from", "SPLIT-ONE").put("to", "ELD-INF-WIFI").put("kind", "DIVIDED");
		assertThat(problems(tree)).containsExactly(
				"lineage[0].to: Indikatorn NEW-KEY finns inte i den här versionen.",
				"lineage[1].to: En rad av typen REMOVED har inget to. Ta bort fältet.",
				"lineage[2].kind: DIVIDED är inget tillåtet värde. Tillåtna värden: RENAMED, SPLIT, MERGED, REMOVED.");
	}

	@Test
	void profileConditionsOnUnknownScopesAreNamed() {
		ObjectNode tree = TestModels.tree();
		ArrayNode when = (ArrayNode) tree.get("profiles").get(0).get("when");
		((ObjectNode) when.get(0)).put("key", "LEGACY");
		((ObjectNode) when.get(1)).put("scope", "CELL");
		ArrayNode elderly = (ArrayNode) tree.get("profiles").get(1).get("when");
		((ObjectNode) elderly.get(0)).put("key", "HOME_CARE");
		((ObjectNode) elderly.get(1)).put("key", "ALL").put("value", 150);
		assertThat(problems(tree)).containsExactly(
				"profiles[0].when[0].key: Det finns ingen DIMENSION_GROUP med nyckeln LEGACY i modellen.",
				"profiles[0].when[1].scope: CELL är inget tillåtet värde. Tillåtna värden: OVERALL, DIMENSION_GROUP, "
						+ "DIMENSION, AREA.",
				"profiles[1].when[0].key: Det finns ingen AREA med nyckeln HOME_CARE i modellen.",
				"profiles[1].when[1].key: Ett villkor på OVERALL har ingen key. Ta bort fältet.",
				"profiles[1].when[1].value: Värdet måste ligga mellan 0 och 100, men är 150.");
	}

	@Test
	void indicatorLevelDescriptorsNameLevelsOfTheScale() {
		ObjectNode tree = TestModels.tree();
		((ObjectNode) TestModels.indicator(tree, 0).get("levels")).putObject("7").put("sv", "För högt");
		assertThat(problems(tree)).containsExactly("indicators[0].levels.7: 7 är ingen nivå på skalan 0..3.");
	}

	@Test
	void groupsMayNotFormACycle() {
		ObjectNode tree = TestModels.tree();
		((ObjectNode) tree.get("dimensionGroups").get(0)).put("parent", "FOUNDATION");
		assertThat(problems(tree)).containsExactly(
				"dimensionGroups[0].parent: Dimensionsgruppen CAPABILITY ligger inuti sig själv "
						+ "(CAPABILITY → FOUNDATION → CAPABILITY). Grupperna får inte bilda en cirkel.",
				"dimensionGroups[1].parent: Dimensionsgruppen FOUNDATION ligger inuti sig själv "
						+ "(FOUNDATION → CAPABILITY → FOUNDATION). Grupperna får inte bilda en cirkel.");
	}

	@Test
	void keysVersionsAndTypesMustBeWellFormed() {
		ObjectNode tree = TestModels.tree();
		tree.put("key", "Testmodell");
		tree.put("version", "1.0");
		TestModels.indicator(tree, 0).put("key", "eld lead");
		TestModels.indicator(tree, 1).put("weight", 0);
		TestModels.indicator(tree, 2).put("reverse", "ja");
		TestModels.activity(tree, 3, 0).put("toLevel", "tre").put("effort", "XL");
		assertThat(problems(tree)).containsExactly(
				"key: Testmodell är ingen giltig modellnyckel. Använd små bokstäver a–z, siffror och bindestreck, "
						+ "till exempel stegvis-socialtjanst.",
				"version: 1.0 är ingen semantisk version. Skriv MAJOR.MINOR.PATCH, till exempel 1.0.0.",
				"indicators[0].key: eld lead är ingen giltig nyckel. Använd versaler A–Z, siffror, understreck och bindestreck.",
				"indicators[1].weight: Vikten måste vara större än 0, men är 0.",
				"indicators[2].reverse: Här ska det stå true eller false, men det står ja.",
				"indicators[3].activities[0].effort: XL är inget tillåtet värde. Tillåtna värden: S, M, L.",
				"indicators[3].activities[0].toLevel: Här ska det stå ett heltal, till exempel 2, men det står tre.");
	}

	@Test
	void anUnknownFieldIsNamedWithTheFieldsAllowedThere() {
		ObjectNode tree = TestModels.tree();
		ObjectNode indicator = TestModels.indicator(tree, 0);
		indicator.set("dimesion", indicator.remove("dimension"));
		assertThat(problems(tree)).containsExactly(
				"indicators[0].dimesion: Fältet dimesion finns inte i formatet. Tillåtna fält här: activities, area, "
						+ "dimension, help, key, levels, reverse, text, weight.",
				"indicators[0].dimension: Fältet saknas. Det är obligatoriskt.");
	}

	@Test
	void everyProblemOfADocumentIsReportedAtOnceInDocumentOrder() {
		ObjectNode tree = TestModels.tree();
		tree.remove("title");
		TestModels.indicator(tree, 0).put("area", "HOME_CARE");
		TestModels.activity(tree, 1, 0).put("toLevel", 9);
		((ObjectNode) tree.get("profiles").get(0).get("when").get(0)).put("key", "LEGACY");
		assertThat(problems(tree)).extracting((p) -> p.substring(0, p.indexOf(':')))
			.containsExactly("title", "indicators[0].area", "indicators[1].activities[0].toLevel", "profiles[0].when[0].key");
	}

	@Test
	void aSyntaxErrorIsOneProblemWithLineAndColumn() {
		byte[] broken = "key: testmodell\ntitle: {sv: \"Trasig\"\nversion: 1.0.0\n".getBytes(StandardCharsets.UTF_8);
		assertThat(problems(broken, ModelFormat.YAML, TestModels.SWEDISH)).singleElement().asString()
			.startsWith(": Dokumentet går inte att läsa som YAML: fel på rad ");
		assertThat(problems("{\"key\": ".getBytes(StandardCharsets.UTF_8), ModelFormat.JSON, Locale.ENGLISH))
			.singleElement().asString().startsWith(": The document cannot be read as JSON: error at line 1, column ");
	}

	@Test
	void aFieldGivenTwiceIsNamed() {
		byte[] twice = "key: testmodell\nkey: annan\n".getBytes(StandardCharsets.UTF_8);
		assertThat(problems(twice, ModelFormat.YAML, TestModels.SWEDISH)).singleElement().asString()
			.startsWith(": Fältet key står två gånger i samma mappning (rad 2");
	}

	@Test
	void anEmptyDocumentIsNamed() {
		assertThat(problems(new byte[0], ModelFormat.YAML, TestModels.SWEDISH))
			.containsExactly(": Dokumentet är tomt. Ladda upp en modell i YAML eller JSON.");
	}

	private List<String> problems(ObjectNode tree) {
		return problems(TestModels.json(tree), ModelFormat.JSON, TestModels.SWEDISH);
	}

	private List<String> english(ObjectNode tree) {
		return problems(TestModels.json(tree), ModelFormat.JSON, Locale.ENGLISH);
	}

	private List<String> problems(byte[] document, ModelFormat format, Locale locale) {
		InvalidModelException ex = catchThrowableOfType(InvalidModelException.class,
				() -> this.documents.read(document, format));
		assertThat(ex).as("the document is invalid").isNotNull();
		return ex.problems().stream().map((p) -> p.path() + ": " + p.message(this.messages, locale)).toList();
	}

}
