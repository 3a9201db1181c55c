package se.stegvis.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One series of a radar or line chart: scores 0..100 of one organisation, comparison group or network
 * member, one per axis or round.
 *
 * @param label the series' name in the legend and the table
 * @param values one score per axis or round, 0..100 and unrounded; null where there is no score
 * @param own whether this is the viewing organisation's own series, drawn strongest: solid, wider and
 *     darker; the others are comparisons, each dashed its own way
 */
public record ChartSeries(String label, List<@Nullable BigDecimal> values, boolean own) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ChartSeries {
		Checks.text(label, "label");
		Objects.requireNonNull(values, "values");
		values = Collections.unmodifiableList(new ArrayList<>(values));
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = values.get(i);
			if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
				throw new IllegalArgumentException(
						"series \"" + label + "\": value " + value + " at position " + i + " is outside 0..100");
			}
		}
	}

	/** The viewing organisation's own series. */
	public static ChartSeries own(String label, List<@Nullable BigDecimal> values) {
		return new ChartSeries(label, values, true);
	}

	/** A comparison: a group, a network member, or another organisation. */
	public static ChartSeries comparison(String label, List<@Nullable BigDecimal> values) {
		return new ChartSeries(label, values, false);
	}

	/** Whether any value is missing. */
	public boolean hasGaps() {
		return this.values.contains(null);
	}

}
