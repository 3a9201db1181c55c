package se.stegvis.chart;

import java.util.List;

import se.stegvis.chart.internal.RadarRenderer;

/**
 * A radar (spider) chart: one axis per dimension or area, scores 0..100 outwards with rings at 25, 50,
 * 75 and 100, one polygon per series. A missing score leaves the polygon without a corner on that axis
 * and is shown by a hollow marker outside the outer ring, listed in the description and the legend.
 * With a single series, each axis label also shows its score.
 *
 * @param title the accessible name and table caption, e.g. "Resultat per dimension"
 * @param description what the chart shows, e.g. "Poäng 0–100 per dimension för Kommun A och riket."
 * @param axisHeader the table's header over the axis names, e.g. "Dimension"
 * @param axes the axis labels, clockwise from the top: 3..12
 * @param series 1..8 series, each with one value per axis; at most one the organisation's own
 */
public record RadarChart(String title, String description, String axisHeader, List<String> axes,
		List<ChartSeries> series) implements Chart {

	/** The fewest axes a radar chart can have. */
	public static final int MIN_AXES = 3;

	/** The most axes a radar chart can have. */
	public static final int MAX_AXES = 12;

	/** The most series a radar chart can have. */
	public static final int MAX_SERIES = 8;

	public RadarChart {
		Checks.text(title, "title");
		Checks.text(description, "description");
		Checks.text(axisHeader, "axisHeader");
		axes = Checks.labels(axes, MIN_AXES, MAX_AXES, "axes");
		series = SeriesFigures.check(series, MAX_SERIES, axes, "axes");
	}

	@Override
	public String svg(String idPrefix, ChartTexts texts) {
		String desc = SeriesFigures.description(this.description, this.axes, this.series, texts);
		return RadarRenderer.render(this, idPrefix, desc, texts);
	}

	@Override
	public ChartTable table(ChartTexts texts) {
		return SeriesFigures.table(this.title, this.axisHeader, this.axes, this.series, texts);
	}

}
