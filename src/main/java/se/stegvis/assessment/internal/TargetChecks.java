package se.stegvis.assessment.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.assessment.InvalidRoundInputException.Problem;
import se.stegvis.assessment.TargetSetting;
import se.stegvis.model.AssessmentModel;
import se.stegvis.scoring.TargetOverride;
import se.stegvis.scoring.TargetScope;

/** Checks targets against a model, naming every refused field. */
@Component
public class TargetChecks {

	/** Targets that passed: the round level (null: the highest level) and overrides. */
	public record Checked(@Nullable Integer level, List<TargetOverride> overrides) {
	}

	/**
	 * @param prefix the field path of the targets, e.g. {@code targets.} or empty
	 * @param problems receives every problem; the result is only meaningful when none was added
	 */
	public Checked check(AssessmentModel model, @Nullable TargetSetting setting, String prefix, List<Problem> problems) {
		if (setting == null) {
			return new Checked(null, List.of());
		}
		int max = model.maxLevel();
		if (setting.level() != null && (setting.level() < 0 || setting.level() > max)) {
			problems.add(Problem.of(prefix + "level", "assessment.input.level.outside", setting.level(), max));
		}
		List<TargetOverride> overrides = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<TargetSetting.Override> given = setting.overrides() == null ? List.of() : setting.overrides();
		for (int i = 0; i < given.size(); i++) {
			TargetSetting.Override o = given.get(i);
			String field = prefix + "overrides[" + i + "].";
			if (o == null) {
				problems.add(Problem.of(prefix + "overrides[" + i + "]", "assessment.input.override.required"));
				continue;
			}
			boolean ok = true;
			if (o.scope() == null) {
				problems.add(Problem.of(field + "scope", "assessment.input.override.scope"));
				ok = false;
			}
			if (o.key() == null || o.key().isBlank() || (o.scope() != null && !exists(model, o.scope(), o.key()))) {
				problems.add(Problem.of(field + "key", "assessment.input.override.key", String.valueOf(o.key())));
				ok = false;
			}
			if (o.level() == null || o.level() < 0 || o.level() > max) {
				problems.add(Problem.of(field + "level", "assessment.input.level.outside", String.valueOf(o.level()), max));
				ok = false;
			}
			if (ok && !seen.add(o.scope() + ":" + o.key())) {
				problems.add(Problem.of(field + "key", "assessment.input.override.repeated", o.key()));
				ok = false;
			}
			if (ok) {
				overrides.add(new TargetOverride(o.scope(), o.key(), o.level()));
			}
		}
		return new Checked(setting.level(), overrides);
	}

	private static boolean exists(AssessmentModel model, TargetScope scope, String key) {
		return switch (scope) {
			case AREA -> model.area(key).isPresent();
			case DIMENSION -> model.dimension(key).isPresent();
			case INDICATOR -> model.indicator(key).isPresent();
		};
	}

}
