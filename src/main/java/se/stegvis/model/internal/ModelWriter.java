package se.stegvis.model.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import se.stegvis.model.Activity;
import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.model.DimensionGroup;
import se.stegvis.model.Indicator;
import se.stegvis.model.LineageLink;
import se.stegvis.model.LocalizedText;
import se.stegvis.model.Profile;
import se.stegvis.model.ScaleLevel;
import se.stegvis.scoring.ProfileCondition;

/**
 * Writes a model as the normalised document tree: the fields in the order of docs/model-format.md,
 * optional fields only when set, lists always. {@link ModelParser} reads it back to an equal model.
 */
final class ModelWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ModelWriter() {
	}

	static ObjectNode tree(AssessmentModel model) {
		ObjectNode doc = NODES.objectNode();
		doc.put("key", model.key());
		doc.put("version", model.version().toString());
		doc.set("title", text(model.title()));
		optional(doc, "description", model.description());
		ObjectNode scale = doc.putObject("scale");
		ArrayNode levels = scale.putArray("levels");
		for (ScaleLevel level : model.scale()) {
			ObjectNode l = levels.addObject();
			l.put("level", level.level());
			l.set("label", text(level.label()));
			l.set("description", text(level.description()));
		}
		ArrayNode groups = doc.putArray("dimensionGroups");
		for (DimensionGroup group : model.dimensionGroups()) {
			ObjectNode g = keyed(groups, group.key(), group.title(), group.description());
			optional(g, "parent", group.parent());
		}
		ArrayNode dimensions = doc.putArray("dimensions");
		for (Dimension dimension : model.dimensions()) {
			ObjectNode d = keyed(dimensions, dimension.key(), dimension.title(), dimension.description());
			optional(d, "group", dimension.group());
		}
		ArrayNode areas = doc.putArray("areas");
		for (Area area : model.areas()) {
			keyed(areas, area.key(), area.title(), area.description());
		}
		ArrayNode indicators = doc.putArray("indicators");
		model.indicators().forEach((indicator) -> indicators.add(indicator(indicator)));
		ArrayNode lineage = doc.putArray("lineage");
		for (LineageLink link : model.lineage()) {
			ObjectNode l = lineage.addObject();
			l.put("from", link.from());
			optional(l, "to", link.to());
			l.put("kind", link.kind().name());
		}
		ArrayNode profiles = doc.putArray("profiles");
		model.profiles().forEach((profile) -> profiles.add(profile(profile)));
		return doc;
	}

	private static ObjectNode indicator(Indicator indicator) {
		ObjectNode i = NODES.objectNode();
		i.put("key", indicator.key());
		i.put("area", indicator.area());
		i.put("dimension", indicator.dimension());
		i.put("weight", indicator.weight());
		i.put("reverse", indicator.reverse());
		i.set("text", text(indicator.text()));
		optional(i, "help", indicator.help());
		if (!indicator.levels().isEmpty()) {
			ObjectNode levels = i.putObject("levels");
			indicator.levels().forEach((level, text) -> levels.set(String.valueOf(level), text(text)));
		}
		ArrayNode activities = i.putArray("activities");
		for (Activity activity : indicator.activities()) {
			ObjectNode a = activities.addObject();
			a.put("key", activity.key());
			a.put("kind", activity.kind().name());
			a.set("title", text(activity.title()));
			optional(a, "description", activity.description());
			if (activity.fromLevel() != null && activity.toLevel() != null) {
				a.put("fromLevel", activity.fromLevel());
				a.put("toLevel", activity.toLevel());
			}
			a.put("effort", activity.effort().name());
		}
		return i;
	}

	private static ObjectNode profile(Profile profile) {
		ObjectNode p = NODES.objectNode();
		p.put("key", profile.key());
		p.set("title", text(profile.title()));
		optional(p, "description", profile.description());
		optional(p, "recommendations", profile.recommendations());
		ArrayNode when = p.putArray("when");
		for (ProfileCondition condition : profile.when()) {
			ObjectNode c = when.addObject();
			c.put("scope", condition.scope().name());
			optional(c, "key", condition.key());
			c.put("op", condition.op().name());
			c.put("value", ModelParser.normalise(condition.value()));
		}
		return p;
	}

	private static ObjectNode keyed(ArrayNode list, String key, LocalizedText title, @Nullable LocalizedText description) {
		ObjectNode o = list.addObject();
		o.put("key", key);
		o.set("title", text(title));
		optional(o, "description", description);
		return o;
	}

	private static ObjectNode text(LocalizedText text) {
		ObjectNode t = NODES.objectNode();
		for (Map.Entry<String, String> entry : text.texts().entrySet()) {
			t.put(entry.getKey(), entry.getValue());
		}
		return t;
	}

	private static void optional(ObjectNode node, String field, @Nullable LocalizedText text) {
		if (text != null) {
			node.set(field, text(text));
		}
	}

	private static void optional(ObjectNode node, String field, @Nullable String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

}
