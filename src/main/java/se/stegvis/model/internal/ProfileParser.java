package se.stegvis.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.stegvis.model.LocalizedText;
import se.stegvis.model.Profile;
import se.stegvis.scoring.ComparisonOperator;
import se.stegvis.scoring.ProfileCondition;
import se.stegvis.scoring.ScopeType;

/** Reads the profiles of a raw document and checks that every condition names a scope of the model. */
final class ProfileParser {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Problems problems;

	private final Set<String> groups;

	private final Set<String> dimensions;

	private final Set<String> areas;

	ProfileParser(Problems problems, Set<String> groups, Set<String> dimensions, Set<String> areas) {
		this.problems = problems;
		this.groups = groups;
		this.dimensions = dimensions;
		this.areas = areas;
	}

	List<Profile> parse(List<RawObject.Element> elements) {
		Keys keys = new Keys(this.problems);
		List<Profile> profiles = new ArrayList<>();
		for (RawObject.Element element : elements) {
			RawObject o = element.object(this.problems, Set.of("key", "title", "description", "recommendations", "when"));
			String key = o.key("key", true);
			keys.register(key, o.path("key"));
			LocalizedText title = o.text("title", true);
			LocalizedText description = o.text("description", false);
			LocalizedText recommendations = o.text("recommendations", false);
			List<@Nullable ProfileCondition> when = new ArrayList<>();
			for (RawObject.Element condition : o.list("when", false)) {
				when.add(condition(condition.object(this.problems, Set.of("scope", "key", "op", "value"))));
			}
			if (key != null && title != null && !when.contains(null)) {
				profiles.add(new Profile(key, title, description, recommendations, when));
			}
		}
		return profiles;
	}

	private @Nullable ProfileCondition condition(RawObject o) {
		ScopeType scope = o.enumValue("scope", true, ScopeType.OVERALL, ScopeType.DIMENSION_GROUP,
				ScopeType.DIMENSION, ScopeType.AREA);
		String key = null;
		boolean keyValid = true;
		if (scope == ScopeType.OVERALL && o.has("key")) {
			this.problems.add(o.path("key"), "model.problem.overallKey");
			keyValid = false;
		}
		else if (scope != null && scope != ScopeType.OVERALL) {
			key = o.string("key", true);
			Set<String> known = switch (scope) {
				case DIMENSION_GROUP -> this.groups;
				case DIMENSION -> this.dimensions;
				default -> this.areas;
			};
			if (key != null && !known.contains(key)) {
				this.problems.add(o.path("key"), "model.problem.unknownScope", scope.name(), key);
				keyValid = false;
			}
			keyValid = keyValid && key != null;
		}
		ComparisonOperator op = o.enumValue("op", true, ComparisonOperator.values());
		BigDecimal value = o.number("value", true);
		if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			this.problems.add(o.path("value"), "model.problem.threshold", value.toPlainString());
			value = null;
		}
		if (!o.valid() || scope == null || !keyValid || op == null || value == null) {
			return null;
		}
		return new ProfileCondition(scope, key, op, ModelParser.normalise(value));
	}

}
