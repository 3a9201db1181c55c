package se.stegvis.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.model.DimensionGroup;
import se.stegvis.model.Indicator;
import se.stegvis.model.LineageKind;
import se.stegvis.model.LineageLink;
import se.stegvis.model.LocalizedText;
import se.stegvis.model.ModelProblem;
import se.stegvis.model.Profile;
import se.stegvis.model.ScaleLevel;
import se.stegvis.model.SemanticVersion;

/**
 * Reads a raw document tree into an {@link AssessmentModel} and reports every problem on the way, each
 * with its path, instead of stopping at the first. The model is returned only when nothing is wrong.
 */
final class ModelParser {

	static final Pattern MODEL_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Set<String> FIELDS = Set.of("key", "version", "title", "description", "scale", "dimensionGroups",
			"dimensions", "areas", "indicators", "lineage", "profiles");

	private final Problems problems = new Problems();

	/** The outcome: a model exactly when there are no problems. */
	record Parsed(@Nullable AssessmentModel model, List<ModelProblem> problems) {
	}

	static Parsed parse(JsonNode root) {
		return new ModelParser().document(root);
	}

	private Parsed document(JsonNode root) {
		RawObject doc = RawObject.of(root, "", this.problems, FIELDS);
		if (!doc.valid()) {
			return new Parsed(null, this.problems.list());
		}
		String key = doc.string("key", true);
		if (key != null && !MODEL_KEY.matcher(key).matches()) {
			this.problems.add("key", "model.problem.modelKey", key);
		}
		SemanticVersion version = version(doc);
		LocalizedText title = doc.text("title", true);
		LocalizedText description = doc.text("description", false);
		List<ScaleLevel> scale = scale(doc);
		List<DimensionGroup> groups = groups(doc.list("dimensionGroups", false));
		Set<String> groupKeys = keysOf(groups.stream().map(DimensionGroup::key).toList(), doc, "dimensionGroups");
		List<Dimension> dimensions = dimensions(doc.list("dimensions", true), groupKeys);
		List<Area> areas = areas(doc.list("areas", true));
		requireNonEmpty(doc, "dimensions");
		requireNonEmpty(doc, "areas");
		requireNonEmpty(doc, "indicators");
		IndicatorParser indicatorParser = new IndicatorParser(this.problems, keysOf(doc, "areas"),
				keysOf(doc, "dimensions"), scale == null ? null : scale.size() - 1);
		List<Indicator> indicators = indicatorParser.parse(doc.list("indicators", true));
		List<LineageLink> lineage = lineage(doc.list("lineage", false), indicatorParser.indicatorKeys());
		List<Profile> profiles = new ProfileParser(this.problems, groupKeys, keysOf(doc, "dimensions"),
				keysOf(doc, "areas"))
			.parse(doc.list("profiles", false));
		if (!this.problems.isEmpty() || key == null || version == null || title == null || scale == null) {
			return new Parsed(null, this.problems.list());
		}
		return new Parsed(new AssessmentModel(key, version, title, description, scale, groups, dimensions, areas,
				indicators, lineage, profiles), List.of());
	}

	private @Nullable SemanticVersion version(RawObject doc) {
		JsonNode raw = doc.raw("version");
		if (raw != null && raw.isNumber()) {
			this.problems.add("version", "model.problem.version", raw.asString());
			return null;
		}
		String text = doc.string("version", true);
		if (text == null) {
			return null;
		}
		SemanticVersion version = SemanticVersion.parse(text).orElse(null);
		if (version == null) {
			this.problems.add("version", "model.problem.version", text);
		}
		return version;
	}

	/** The levels of the scale, or null when the scale is missing or not contiguous from 0. */
	private @Nullable List<ScaleLevel> scale(RawObject doc) {
		JsonNode node = doc.raw("scale");
		if (node == null) {
			doc.string("scale", true);
			return null;
		}
		int before = this.problems.list().size();
		RawObject scale = RawObject.of(node, "scale", this.problems, Set.of("levels"));
		List<RawObject.Element> elements = scale.list("levels", true);
		List<ScaleLevel> levels = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			RawObject o = elements.get(i).object(this.problems, Set.of("level", "label", "description"));
			Integer level = o.integer("level", true);
			if (level != null && level != i) {
				this.problems.add(o.path("level"), "model.problem.scaleNotContiguous", level, i);
			}
			LocalizedText label = o.text("label", true);
			LocalizedText description = o.text("description", true);
			if (level != null && label != null && description != null) {
				levels.add(new ScaleLevel(level, label, description));
			}
		}
		if (scale.valid() && scale.has("levels") && elements.size() < 2) {
			this.problems.add(scale.path("levels"), "model.problem.scaleTooShort");
		}
		return this.problems.list().size() == before ? levels : null;
	}

	private List<DimensionGroup> groups(List<RawObject.Element> elements) {
		Keys keys = new Keys(this.problems);
		List<RawObject> objects = new ArrayList<>();
		List<DimensionGroup> groups = new ArrayList<>();
		for (RawObject.Element element : elements) {
			RawObject o = element.object(this.problems, Set.of("key", "title", "description", "parent"));
			objects.add(o);
			String key = o.key("key", true);
			keys.register(key, o.path("key"));
			LocalizedText title = o.text("title", true);
			LocalizedText description = o.text("description", false);
			String parent = o.string("parent", false);
			if (key != null && title != null) {
				groups.add(new DimensionGroup(key, title, description, parent));
			}
		}
		Map<String, String> parentOf = new HashMap<>();
		groups.forEach((g) -> parentOf.put(g.key(), g.parent()));
		for (RawObject o : objects) {
			String parent = o.has("parent") ? o.raw("parent").asString("") : null;
			if (parent != null && !parent.isEmpty() && !keys.contains(parent)) {
				this.problems.add(o.path("parent"), "model.problem.unknownGroup", parent);
			}
			else if (parent != null && o.has("key")) {
				List<String> chain = cycle(o.raw("key").asString(""), parentOf);
				if (!chain.isEmpty()) {
					this.problems.add(o.path("parent"), "model.problem.groupCycle", chain.get(0), String.join(" → ", chain));
				}
			}
		}
		return groups;
	}

	/** The chain from {@code start} back to itself through parents, or empty when there is no cycle. */
	private static List<String> cycle(String start, Map<String, String> parentOf) {
		List<String> chain = new ArrayList<>(List.of(start));
		Set<String> seen = new LinkedHashSet<>(chain);
		for (String group = parentOf.get(start); group != null; group = parentOf.get(group)) {
			chain.add(group);
			if (group.equals(start)) {
				return chain;
			}
			if (!seen.add(group)) {
				return List.of();
			}
		}
		return List.of();
	}

	private List<Dimension> dimensions(List<RawObject.Element> elements, Set<String> groupKeys) {
		Keys keys = new Keys(this.problems);
		List<Dimension> dimensions = new ArrayList<>();
		for (RawObject.Element element : elements) {
			RawObject o = element.object(this.problems, Set.of("key", "title", "description", "group"));
			String key = o.key("key", true);
			keys.register(key, o.path("key"));
			LocalizedText title = o.text("title", true);
			LocalizedText description = o.text("description", false);
			String group = o.string("group", false);
			if (group != null && !groupKeys.contains(group)) {
				this.problems.add(o.path("group"), "model.problem.unknownGroup", group);
			}
			if (key != null && title != null) {
				dimensions.add(new Dimension(key, title, description, group));
			}
		}
		return dimensions;
	}

	private List<Area> areas(List<RawObject.Element> elements) {
		Keys keys = new Keys(this.problems);
		List<Area> areas = new ArrayList<>();
		for (RawObject.Element element : elements) {
			RawObject o = element.object(this.problems, Set.of("key", "title", "description"));
			String key = o.key("key", true);
			keys.register(key, o.path("key"));
			LocalizedText title = o.text("title", true);
			LocalizedText description = o.text("description", false);
			if (key != null && title != null) {
				areas.add(new Area(key, title, description));
			}
		}
		return areas;
	}

	private List<LineageLink> lineage(List<RawObject.Element> elements, Set<String> indicatorKeys) {
		List<LineageLink> links = new ArrayList<>();
		for (RawObject.Element element : elements) {
			RawObject o = element.object(this.problems, Set.of("from", "to", "kind"));
			String from = o.key("from", true);
			LineageKind kind = o.enumValue("kind", true, LineageKind.values());
			String to = null;
			if (kind == LineageKind.REMOVED && o.has("to")) {
				this.problems.add(o.path("to"), "model.problem.removedHasTarget");
			}
			else if (kind != null && kind != LineageKind.REMOVED) {
				to = o.string("to", true);
				if (to != null && !indicatorKeys.contains(to)) {
					this.problems.add(o.path("to"), "model.problem.unknownLineageTarget", to);
				}
			}
			if (from != null && kind != null) {
				links.add(new LineageLink(from, to, kind));
			}
		}
		return links;
	}

	private void requireNonEmpty(RawObject doc, String field) {
		JsonNode list = doc.raw(field);
		if (list != null && list.isArray() && list.isEmpty()) {
			this.problems.add(field, "model.problem.emptyList");
		}
	}

	/** The keys given in a list field of the document, as they are written (valid or not). */
	private static Set<String> keysOf(RawObject doc, String field) {
		Set<String> keys = new LinkedHashSet<>();
		JsonNode list = doc.raw(field);
		if (list != null && list.isArray()) {
			list.values().forEach((e) -> {
				if (e.isObject() && e.path("key").isString()) {
					keys.add(e.path("key").stringValue());
				}
			});
		}
		return keys;
	}

	private static Set<String> keysOf(List<String> parsed, RawObject doc, String field) {
		Set<String> keys = keysOf(doc, field);
		keys.addAll(parsed);
		return keys;
	}

	static BigDecimal normalise(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
