package se.stegvis.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/** What radar and line charts share: checking their series, their table, and the sentence on gaps. */
final class SeriesFigures {

	private SeriesFigures() {
	}

	/** A copy of the series, checked: 1..max of them, each with one value per category, at most one own. */
	static List<ChartSeries> check(List<ChartSeries> series, int max, List<String> categories, String categoryName) {
		List<ChartSeries> copy = Checks.sized(series, 1, max, "series");
		for (ChartSeries s : copy) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("series \"" + s.label() + "\" has " + s.values().size()
						+ " values for " + categories.size() + " " + categoryName);
			}
		}
		if (copy.stream().filter(ChartSeries::own).count() > 1) {
			throw new IllegalArgumentException("at most one series can be the organisation's own");
		}
		return copy;
	}

	/** One row per category, one column per series. */
	static ChartTable table(String caption, String categoryHeader, List<String> categories, List<ChartSeries> series,
			ChartTexts texts) {
		List<String> headers = new ArrayList<>();
		headers.add(categoryHeader);
		series.forEach((s) -> headers.add(s.label()));
		List<ChartTable.Row> rows = IntStream.range(0, categories.size())
			.mapToObj((i) -> new ChartTable.Row(categories.get(i),
					series.stream().map((s) -> texts.figure(s.values().get(i))).toList()))
			.toList();
		return new ChartTable(caption, headers, rows);
	}

	/**
	 * The description, followed by which figures are missing when any are:
	 * "… Värde saknas för: Kommun A (Användning); Riket (Ledning, Kompetens)."
	 */
	static String description(String description, List<String> categories, List<ChartSeries> series,
			ChartTexts texts) {
		List<String> gaps = new ArrayList<>();
		for (ChartSeries s : series) {
			List<String> missing = new ArrayList<>();
			for (int i = 0; i < categories.size(); i++) {
				@Nullable BigDecimal value = s.values().get(i);
				if (value == null) {
					missing.add(categories.get(i));
				}
			}
			if (!missing.isEmpty()) {
				gaps.add(s.label() + " (" + String.join(", ", missing) + ")");
			}
		}
		if (gaps.isEmpty()) {
			return description;
		}
		String text = description.strip();
		String separator = text.matches("(?s).*[.!?]") ? " " : ". ";
		return text + separator + texts.missingValues() + ": " + String.join("; ", gaps) + ".";
	}

}
