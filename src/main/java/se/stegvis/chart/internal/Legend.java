package se.stegvis.chart.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The legend under a chart, as text: one entry per series or group, each with a sample of its drawing. */
final class Legend {

	private static final double SAMPLE_WIDTH = 44;

	private static final double TEXT_X = ChartFrame.PAD + SAMPLE_WIDTH + 8;

	private static final double TEXT_WIDTH = ChartFrame.WIDTH - TEXT_X - ChartFrame.PAD;

	private static final double ENTRY_GAP = 6;

	private Legend() {
	}

	/**
	 * One entry per series: a piece of its line with its marker, and its label; then, when given, an
	 * entry for hollow gap markers.
	 * @return the bottom of the legend
	 */
	static double series(SvgWriter svg, double top, List<String> labels, List<SeriesStyle> styles,
			@Nullable String gapText) {
		svg.start("g", "class", "chart-legend");
		double y = top;
		for (int i = 0; i < labels.size(); i++) {
			SeriesStyle style = styles.get(i);
			double middle = y + TextBlock.FONT_SIZE / 2;
			svg.empty("line", "x1", ChartFrame.PAD, "y1", middle, "x2", ChartFrame.PAD + SAMPLE_WIDTH, "y2", middle,
					"stroke", style.colour(), "stroke-width", style.strokeWidth(), "stroke-dasharray",
					style.dashArray());
			style.marker().draw(svg, new Point(ChartFrame.PAD + SAMPLE_WIDTH / 2, middle), style.markerSize(),
					style.colour(), style.colour(), null);
			y = label(svg, y, labels.get(i));
		}
		if (gapText != null) {
			double middle = y + TextBlock.FONT_SIZE / 2;
			MarkerShape.CIRCLE.draw(svg, new Point(ChartFrame.PAD + SAMPLE_WIDTH / 2, middle), 5, ChartFrame.MUTED,
					"#ffffff", null);
			y = label(svg, y, gapText);
		}
		svg.end();
		return y - ENTRY_GAP;
	}

	/**
	 * One entry per group: a swatch of its fill, and its label.
	 * @param fills the {@code fill} of each group's swatch (a colour or a pattern reference)
	 * @param strokes the outline colour of each group's swatch
	 * @return the bottom of the legend
	 */
	static double swatches(SvgWriter svg, double top, List<String> labels, List<String> fills, List<String> strokes) {
		svg.start("g", "class", "chart-legend");
		double y = top;
		for (int i = 0; i < labels.size(); i++) {
			svg.empty("rect", "x", ChartFrame.PAD + 8, "y", y - 1, "width", SAMPLE_WIDTH - 16, "height",
					TextBlock.FONT_SIZE + 2, "fill", fills.get(i), "stroke", strokes.get(i), "stroke-width", 1.5);
			y = label(svg, y, labels.get(i));
		}
		svg.end();
		return y - ENTRY_GAP;
	}

	/** Writes an entry's label with its first line beside the sample; returns the top of the next entry. */
	private static double label(SvgWriter svg, double top, String text) {
		List<String> lines = TextMetrics.wrap(text, TEXT_WIDTH, TextBlock.FONT_SIZE);
		TextBlock block = new TextBlock(lines, TEXT_X, top + TextBlock.FONT_SIZE * 0.85, "start");
		block.draw(svg, ChartFrame.TEXT);
		return top + TextBlock.height(lines.size()) + ENTRY_GAP;
	}

}
