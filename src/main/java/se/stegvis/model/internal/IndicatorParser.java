package se.stegvis.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.stegvis.model.Activity;
import se.stegvis.model.Indicator;
import se.stegvis.model.LocalizedText;
import se.stegvis.scoring.ActivityKind;
import se.stegvis.scoring.Effort;

/**
 * Reads the indicators of a raw document with their level descriptors and activities, and checks the
 * rules that concern them: known area and dimension, unique keys, level ranges inside the scale, every
 * level below maxLevel covered by an IMPROVE activity, and exactly one FIND_OUT activity.
 */
final class IndicatorParser {

	static final Set<String> FIELDS = Set.of("key", "area", "dimension", "weight", "reverse", "text", "help", "levels",
			"activities");

	static final Set<String> ACTIVITY_FIELDS = Set.of("key", "kind", "title", "description", "fromLevel", "toLevel",
			"effort");

	private final Problems problems;

	private final Set<String> areas;

	private final Set<String> dimensions;

	private final @Nullable Integer maxLevel;

	private final Keys indicatorKeys;

	private final Keys activityKeys;

	/**
	 * @param maxLevel the highest level of the scale, or null when the scale itself is invalid (then the
	 *     checks against it are left out rather than reported twice)
	 */
	IndicatorParser(Problems problems, Set<String> areas, Set<String> dimensions, @Nullable Integer maxLevel) {
		this.problems = problems;
		this.areas = areas;
		this.dimensions = dimensions;
		this.maxLevel = maxLevel;
		this.indicatorKeys = new Keys(problems);
		this.activityKeys = new Keys(problems);
	}

	Set<String> indicatorKeys() {
		return this.indicatorKeys.all();
	}

	List<Indicator> parse(List<RawObject.Element> elements) {
		List<Indicator> indicators = new ArrayList<>();
		for (RawObject.Element element : elements) {
			Indicator indicator = indicator(element.object(this.problems, FIELDS));
			if (indicator != null) {
				indicators.add(indicator);
			}
		}
		return indicators;
	}

	private @Nullable Indicator indicator(RawObject o) {
		String key = o.key("key", true);
		this.indicatorKeys.register(key, o.path("key"));
		String area = reference(o, "area", this.areas, "model.problem.unknownArea");
		String dimension = reference(o, "dimension", this.dimensions, "model.problem.unknownDimension");
		BigDecimal weight = o.has("weight") ? o.number("weight", false) : BigDecimal.ONE;
		if (weight != null && weight.signum() <= 0) {
			this.problems.add(o.path("weight"), "model.problem.weight", weight.toPlainString());
			weight = null;
		}
		Boolean reverse = o.has("reverse") ? o.bool("reverse") : Boolean.FALSE;
		LocalizedText text = o.text("text", true);
		LocalizedText help = o.text("help", false);
		Map<Integer, LocalizedText> levels = levels(o);
		List<RawObject.Element> elements = o.list("activities", true);
		List<@Nullable Activity> activities = new ArrayList<>();
		for (RawObject.Element element : elements) {
			activities.add(activity(element.object(this.problems, ACTIVITY_FIELDS)));
		}
		JsonNode rawActivities = o.raw("activities");
		if (rawActivities != null && rawActivities.isArray()) {
			checkCoverage(o.path("activities"), elements);
		}
		if (key == null || area == null || dimension == null || weight == null || reverse == null || text == null
				|| levels == null || activities.contains(null)) {
			return null;
		}
		return new Indicator(key, area, dimension, weight, reverse, text, help, levels, activities);
	}

	private @Nullable String reference(RawObject o, String field, Set<String> known, String unknownCode) {
		String key = o.string(field, true);
		if (key != null && !known.contains(key)) {
			this.problems.add(o.path(field), unknownCode, key);
		}
		return key;
	}

	private @Nullable Map<Integer, LocalizedText> levels(RawObject o) {
		JsonNode node = o.raw("levels");
		Map<Integer, LocalizedText> levels = new TreeMap<>();
		if (node == null) {
			return levels;
		}
		if (!node.isObject()) {
			this.problems.add(o.path("levels"), "model.problem.notObject");
			return null;
		}
		boolean usable = true;
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String path = Problems.field(o.path("levels"), entry.getKey());
			Integer level = parseLevel(entry.getKey());
			if (level == null || (this.maxLevel != null && level > this.maxLevel)) {
				this.problems.add(path, "model.problem.levelKey", entry.getKey(),
						this.maxLevel == null ? "?" : this.maxLevel);
				usable = false;
			}
			LocalizedText text = RawObject.text(entry.getValue(), path, this.problems);
			if (level != null && text != null) {
				levels.put(level, text);
			}
			else {
				usable = false;
			}
		}
		return usable ? levels : null;
	}

	/** Whether the coverage of the activity can be judged; where not, its own problem was reported. */
	private static boolean readableKindAndRange(JsonNode activity) {
		String kind = activity.path("kind").asString("");
		return activity.isObject() && ("FIND_OUT".equals(kind) || ("IMPROVE".equals(kind)
				&& activity.path("fromLevel").isIntegralNumber() && activity.path("toLevel").isIntegralNumber()));
	}

	private static @Nullable Integer parseLevel(String name) {
		return name.matches("0|[1-9]\\d{0,3}") ? Integer.valueOf(name) : null;
	}

	private @Nullable Activity activity(RawObject o) {
		String key = o.key("key", true);
		this.activityKeys.register(key, o.path("key"));
		ActivityKind kind = o.enumValue("kind", true, ActivityKind.values());
		LocalizedText title = o.text("title", true);
		LocalizedText description = o.text("description", false);
		Effort effort = o.enumValue("effort", true, Effort.values());
		Integer from = null;
		Integer to = null;
		boolean levelsValid = true;
		if (kind == ActivityKind.IMPROVE) {
			from = inScale(o, "fromLevel");
			to = inScale(o, "toLevel");
			levelsValid = from != null && to != null;
			if (from != null && to != null && from >= to) {
				this.problems.add(o.path("toLevel"), "model.problem.levelRange", from, to);
				levelsValid = false;
			}
		}
		else if (kind == ActivityKind.FIND_OUT) {
			for (String field : List.of("fromLevel", "toLevel")) {
				if (o.has(field)) {
					this.problems.add(o.path(field), "model.problem.findOutLevels");
					levelsValid = false;
				}
			}
		}
		if (!o.valid() || key == null || kind == null || title == null || effort == null || !levelsValid) {
			return null;
		}
		return new Activity(key, kind, title, description, from, to, effort);
	}

	private @Nullable Integer inScale(RawObject o, String field) {
		Integer level = o.integer(field, true);
		if (level != null && (level < 0 || (this.maxLevel != null && level > this.maxLevel))) {
			this.problems.add(o.path(field), "model.problem.levelOutsideScale", level,
					this.maxLevel == null ? "?" : this.maxLevel);
			return null;
		}
		return level;
	}

	/**
	 * Every level below maxLevel needs an IMPROVE activity with {@code fromLevel ≤ level < toLevel}, and the
	 * indicator needs exactly one FIND_OUT activity. An activity with a range reported as broken still
	 * covers the levels it names, so that one mistake is not reported twice.
	 */
	private void checkCoverage(String path, List<RawObject.Element> elements) {
		if (this.maxLevel != null && elements.stream().allMatch((e) -> readableKindAndRange(e.node()))) {
			for (int level = 0; level < this.maxLevel; level++) {
				int l = level;
				boolean covered = elements.stream().map(RawObject.Element::node).anyMatch((a) -> a.isObject()
						&& "IMPROVE".equals(a.path("kind").asString("")) && a.path("fromLevel").isIntegralNumber()
						&& a.path("toLevel").isIntegralNumber() && a.path("fromLevel").asInt() <= l
						&& l < a.path("toLevel").asInt());
				if (!covered) {
					this.problems.add(path, "model.problem.uncoveredLevel", level, this.maxLevel);
				}
			}
		}
		String firstFindOut = null;
		for (int i = 0; i < elements.size(); i++) {
			JsonNode node = elements.get(i).node();
			if (node.isObject() && "FIND_OUT".equals(node.path("kind").asString(""))) {
				if (firstFindOut == null) {
					firstFindOut = node.path("key").asString("?");
				}
				else {
					this.problems.add(Problems.field(elements.get(i).path(), "kind"), "model.problem.secondFindOut",
							firstFindOut);
				}
			}
		}
		if (firstFindOut == null) {
			this.problems.add(path, "model.problem.missingFindOut");
		}
	}

}
