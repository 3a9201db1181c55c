package se.stegvis.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.ActivityKind;
import se.stegvis.scoring.ActivityOption;

/**
 * One statement to rate, in exactly one area and one dimension.
 *
 * @param weight positive; only ranks suggestions (normalised without trailing zeros)
 * @param reverse whether agreement means less maturity
 * @param help why it matters and what counts as evidence, or null
 * @param levels indicator-specific level descriptors by level, ascending (often empty)
 * @param activities in model order
 */
public record Indicator(String key, String area, String dimension, BigDecimal weight, boolean reverse,
		LocalizedText text, @Nullable LocalizedText help, Map<Integer, LocalizedText> levels,
		List<Activity> activities) {

	public Indicator {
		weight = normalise(weight);
		levels = Collections.unmodifiableMap(new TreeMap<>(levels));
		activities = List.copyOf(activities);
	}

	/** The weight without trailing zeros and never in exponent form, so that 1 and 1.0 are equal. */
	private static BigDecimal normalise(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** The indicator-specific descriptor of a level, if the model gives one. */
	public Optional<LocalizedText> levelDescriptor(int level) {
		return Optional.ofNullable(this.levels.get(level));
	}

	/** The IMPROVE activities in model order. */
	public List<Activity> improvements() {
		return this.activities.stream().filter((a) -> a.kind() == ActivityKind.IMPROVE).toList();
	}

	/** The FIND_OUT activity ("ta reda på"); every validated indicator has exactly one. */
	public Optional<Activity> findOut() {
		return this.activities.stream().filter((a) -> a.kind() == ActivityKind.FIND_OUT).findFirst();
	}

	/** The activities as the suggestion ranking of the {@code scoring} module sees them, in model order. */
	public List<ActivityOption> activityOptions() {
		return this.activities.stream().map(Activity::option).toList();
	}

}
