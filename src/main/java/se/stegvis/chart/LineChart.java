package se.stegvis.chart;

import java.util.List;

import se.stegvis.chart.internal.LineRenderer;

/**
 * A trend chart: rounds from left to right, scores 0..100 upwards, one line per series. A missing
 * score breaks the line (a point between two gaps is a marker alone) and is listed in the description.
 * With a single series, each point is labelled with its score.
 *
 * @param title the accessible name and table caption, e.g. "Utveckling över omgångar"
 * @param description what the chart shows
 * @param roundHeader the table's header over the round labels, e.g. "Omgång"
 * @param rounds the round labels, oldest first, e.g. "2025-03" or "Omgång 1": 1..20
 * @param series 1..6 series, each with one value per round; at most one the organisation's own
 */
public record LineChart(String title, String description, String roundHeader, List<String> rounds,
		List<ChartSeries> series) implements Chart {

	/** The most rounds a line chart can have. */
	public static final int MAX_ROUNDS = 20;

	/** The most series a line chart can have. */
	public static final int MAX_SERIES = 6;

	public LineChart {
		Checks.text(title, "title");
		Checks.text(description, "description");
		Checks.text(roundHeader, "roundHeader");
		rounds = Checks.labels(rounds, 1, MAX_ROUNDS, "rounds");
		series = SeriesFigures.check(series, MAX_SERIES, rounds, "rounds");
	}

	@Override
	public String svg(String idPrefix, ChartTexts texts) {
		String desc = SeriesFigures.description(this.description, this.rounds, this.series, texts);
		return LineRenderer.render(this, idPrefix, desc, texts);
	}

	@Override
	public ChartTable table(ChartTexts texts) {
		return SeriesFigures.table(this.title, this.roundHeader, this.rounds, this.series, texts);
	}

}
