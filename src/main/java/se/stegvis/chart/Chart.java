package se.stegvis.chart;

/**
 * A chart that renders as accessible SVG and as a table of the same figures. Implementations are
 * immutable records; rendering is free of side effects and gives the same markup for the same input.
 */
public sealed interface Chart permits RadarChart, LineChart, DistributionChart {

	/** The chart's title: its accessible name, and the caption of its table. */
	String title();

	/** What the chart shows, in a sentence or two: its accessible description. */
	String description();

	/**
	 * The chart as an SVG element, to be placed in HTML as it is (no XML declaration).
	 * @param idPrefix makes the ids in the SVG unique on the page: a letter, then letters, digits,
	 *     {@code _} or {@code -}; at most 64 characters
	 * @throws IllegalArgumentException for an id prefix of other characters
	 */
	String svg(String idPrefix, ChartTexts texts);

	/** The figures of the chart as a table. */
	ChartTable table(ChartTexts texts);

}
