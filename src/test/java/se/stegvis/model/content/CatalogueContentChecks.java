package se.stegvis.model.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Content rules every built-in model must meet, whatever its structure. */
final class CatalogueContentChecks {

	private CatalogueContentChecks() {
	}

	/** Each level below maxLevel is covered by an IMPROVE activity, and there is exactly one FIND_OUT. */
	static void everyStageHasAnActivityAndOneFindOut(ModelDocument model) {
		int maxLevel = model.maxLevel();
		List<String> problems = new ArrayList<>();
		for (JsonNode indicator : model.indicators()) {
			String key = indicator.path("key").asString();
			Set<Integer> covered = new TreeSet<>();
			int findOut = 0;
			for (JsonNode activity : ModelDocument.list(indicator.path("activities"))) {
				if ("FIND_OUT".equals(activity.path("kind").asString())) {
					findOut++;
				}
				else {
					for (int level = activity.path("fromLevel").asInt(); level < activity.path("toLevel").asInt(); level++) {
						covered.add(level);
					}
				}
			}
			for (int level = 0; level < maxLevel; level++) {
				if (!covered.contains(level)) {
					problems.add(key + ": no IMPROVE activity for level " + level);
				}
			}
			if (findOut != 1) {
				problems.add(key + ": " + findOut + " FIND_OUT activities");
			}
		}
		assertThat(problems).isEmpty();
	}

	static void everyTextHasSwedishAndEnglish(ModelDocument model) {
		assertThat(model.texts()).isNotEmpty()
			.allSatisfy((t) -> assertThat(t.sv().isBlank() || t.en().isBlank()).as("sv and en at %s", t.path()).isFalse());
	}

	static void noTwoIndicatorsOrActivitiesShareAText(ModelDocument model) {
		Map<String, String> seen = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (JsonNode indicator : model.indicators()) {
			remember(seen, duplicates, indicator.path("text").path("sv").asString(), indicator.path("key").asString());
			for (JsonNode activity : ModelDocument.list(indicator.path("activities"))) {
				remember(seen, duplicates, activity.path("description").path("sv").asString(), activity.path("key").asString());
			}
		}
		assertThat(duplicates).isEmpty();
	}

	static void everyActivityHasAnEffort(ModelDocument model) {
		assertThat(model.indicators()).allSatisfy((i) -> assertThat(ModelDocument.list(i.path("activities")))
			.allSatisfy((a) -> assertThat(a.path("effort").asString()).isIn("S", "M", "L")));
	}

	static List<String> indicatorTexts(ModelDocument model) {
		return model.indicators().stream().map((i) -> i.path("text").path("sv").asString()).toList();
	}

	private static void remember(Map<String, String> seen, List<String> duplicates, String text, String key) {
		String earlier = seen.putIfAbsent(text, key);
		if (earlier != null) {
			duplicates.add(key + " repeats the text of " + earlier + ": " + text);
		}
	}

}
