package se.stegvis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.stegvis.scoring.Distribution;

/**
 * How one set of respondents (everyone, or one respondent group) answered one indicator: a segment of
 * each bar in a {@link DistributionChart}.
 *
 * @param label the group's name in the legend and the table, e.g. "Ledning" or "Alla svarande"
 * @param levelCounts the number who gave each level, for levels 0..maxLevel in order
 * @param dontKnow the number who said "Vet ej"
 * @param notApplicable the number who said "Ej relevant"
 */
public record DistributionGroup(String label, List<Integer> levelCounts, int dontKnow, int notApplicable) {

	public DistributionGroup {
		Checks.text(label, "label");
		levelCounts = List.copyOf(Objects.requireNonNull(levelCounts, "levelCounts"));
		for (int i = 0; i < levelCounts.size(); i++) {
			if (levelCounts.get(i) < 0) {
				throw new IllegalArgumentException("group \"" + label + "\": the count of level " + i + " is negative");
			}
		}
		if (dontKnow < 0 || notApplicable < 0) {
			throw new IllegalArgumentException("group \"" + label + "\": counts must not be negative");
		}
	}

	/** The group from the scoring module's distribution of its answers. */
	public static DistributionGroup of(String label, Distribution distribution) {
		return new DistributionGroup(label, List.copyOf(distribution.levelCounts().values()), distribution.dontKnow(),
				distribution.notApplicable());
	}

	/** The counts of every bar in the chart's order: each level, then "Vet ej", then "Ej relevant". */
	public List<Integer> counts() {
		List<Integer> counts = new ArrayList<>(this.levelCounts);
		counts.add(this.dontKnow);
		counts.add(this.notApplicable);
		return List.copyOf(counts);
	}

	/** The number who answered at all. */
	public int respondents() {
		return counts().stream().mapToInt(Integer::intValue).sum();
	}

}
