package se.stegvis.chart.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.chart.ChartSeries;
import se.stegvis.chart.ChartTexts;
import se.stegvis.chart.LineChart;

/**
 * Draws a {@link LineChart}: grid lines at 0, 25, 50, 75 and 100, a band per round with its label
 * underneath (turned 45° when a label does not fit its band), one {@code <g class="chart-series">} per
 * series — a {@code <path>} broken at missing values, and a marker per known value — then the legend.
 */
public final class LineRenderer {

	private static final double PLOT_HEIGHT = 200;

	private static final double Y_LABEL_WIDTH = TextMetrics.width("100", TextBlock.FONT_SIZE);

	private static final double MIN_LEFT = ChartFrame.PAD + Y_LABEL_WIDTH + 8;

	private static final double RIGHT = ChartFrame.WIDTH - ChartFrame.PAD - 4;

	private static final double SIN45 = Math.sqrt(0.5);

	private LineRenderer() {
	}

	/** The chart as SVG, with the given (already completed) description. */
	public static String render(LineChart chart, String idPrefix, String description, ChartTexts texts) {
		ChartFrame.checkIdPrefix(idPrefix);
		List<ChartSeries> series = chart.series();
		List<String> rounds = chart.rounds();
		boolean labelled = series.size() == 1;
		double top = ChartFrame.PAD + 10 + (labelled ? 18 : 0);
		Axis axis = Axis.of(rounds, top + PLOT_HEIGHT);
		List<SeriesStyle> styles = SeriesStyle.assign(series.stream().map(ChartSeries::own).toList());

		SvgWriter svg = new SvgWriter();
		grid(svg, axis, top);
		for (int s = series.size() - 1; s >= 0; s--) {
			series(svg, axis, top, series.get(s), styles.get(s), rounds, texts, labelled);
		}
		axis.draw(svg);
		double bottom = Legend.series(svg, axis.bottom() + 18, series.stream().map(ChartSeries::label).toList(),
				styles, null);
		return ChartFrame.svg(idPrefix, chart.title(), description, bottom + ChartFrame.PAD, svg);
	}

	private static double y(double top, double value) {
		return top + PLOT_HEIGHT * (100 - value) / 100;
	}

	private static void grid(SvgWriter svg, Axis axis, double top) {
		svg.start("g", "class", "chart-grid");
		for (int value = 0; value <= 100; value += 25) {
			double y = y(top, value);
			svg.empty("line", "x1", axis.left(), "y1", y, "x2", RIGHT, "y2", y, "stroke",
					(value == 0) ? ChartFrame.MUTED : ChartFrame.GRID, "stroke-width", (value == 0) ? 1.5 : 1);
			svg.text("text", Integer.toString(value), "x", axis.left() - 8, "y", y + TextBlock.FONT_SIZE * 0.35,
					"text-anchor", "end", "fill", ChartFrame.MUTED);
		}
		svg.end();
	}

	private static void series(SvgWriter svg, Axis axis, double top, ChartSeries series, SeriesStyle style,
			List<String> rounds, ChartTexts texts, boolean labelled) {
		List<@Nullable BigDecimal> values = series.values();
		svg.start("g", "class", "chart-series");
		StringBuilder path = new StringBuilder();
		boolean drawing = false;
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = values.get(i);
			if (value == null) {
				drawing = false;
				continue;
			}
			boolean next = i + 1 < values.size() && values.get(i + 1) != null;
			if (drawing || next) {
				path.append(path.isEmpty() ? "" : " ").append(drawing ? "L" : "M").append(Svg.number(axis.x(i)))
					.append(',').append(Svg.number(y(top, value.doubleValue())));
			}
			drawing = true;
		}
		if (!path.isEmpty()) {
			svg.empty("path", "d", path.toString(), "fill", "none", "stroke", style.colour(), "stroke-width",
					style.strokeWidth(), "stroke-dasharray", style.dashArray(), "stroke-linejoin", "round");
		}
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = values.get(i);
			if (value != null) {
				Point at = new Point(axis.x(i), y(top, value.doubleValue()));
				String figure = texts.figure(value);
				style.marker().draw(svg, at, style.markerSize(), "#ffffff", style.colour(),
						series.label() + ", " + rounds.get(i) + ": " + figure);
				if (labelled) {
					valueLabel(svg, at, figure);
				}
			}
		}
		svg.end();
	}

	private static void valueLabel(SvgWriter svg, Point at, String figure) {
		double y = at.y() - 11;
		svg.text("text", figure, "x", at.x(), "y", y, "text-anchor", "middle", "fill", "#ffffff", "stroke", "#ffffff",
				"stroke-width", 4, "stroke-linejoin", "round");
		svg.text("text", figure, "x", at.x(), "y", y, "text-anchor", "middle", "fill", ChartFrame.TEXT);
	}

	/**
	 * The horizontal axis: one band per round, the round's label under its middle.
	 * @param left where the first band starts
	 * @param baseline the y of the 0 line
	 * @param labels each round's label lines
	 * @param turned whether the labels are turned 45° because one does not fit its band
	 */
	private record Axis(double left, double baseline, List<List<String>> labels, boolean turned) {

		static Axis of(List<String> rounds, double baseline) {
			double band = (RIGHT - MIN_LEFT) / rounds.size();
			List<List<String>> wrapped = new ArrayList<>();
			boolean turned = false;
			for (String round : rounds) {
				wrapped.add(TextMetrics.wrap(round, band - 6, TextBlock.FONT_SIZE));
				turned |= Arrays.stream(round.strip().split("\\s+"))
					.anyMatch((word) -> TextMetrics.width(word, TextBlock.FONT_SIZE) > band - 6);
			}
			if (!turned) {
				return new Axis(MIN_LEFT, baseline, wrapped, false);
			}
			double widest = rounds.stream().mapToDouble((r) -> TextMetrics.width(r, TextBlock.FONT_SIZE)).max().orElse(0);
			double left = MIN_LEFT;
			for (int pass = 0; pass < 3; pass++) {
				double half = (RIGHT - left) / rounds.size() / 2;
				left = Math.max(MIN_LEFT, ChartFrame.PAD + widest * SIN45 + TextBlock.FONT_SIZE - half);
			}
			return new Axis(left, baseline, rounds.stream().map(List::of).toList(), true);
		}

		double x(int i) {
			double band = (RIGHT - this.left) / this.labels.size();
			return this.left + band * (i + 0.5);
		}

		double bottom() {
			double lowest = 0;
			for (List<String> lines : this.labels) {
				double height = this.turned ? TextMetrics.width(lines.get(0), TextBlock.FONT_SIZE) * SIN45
						+ TextBlock.FONT_SIZE : TextBlock.height(lines.size());
				lowest = Math.max(lowest, height);
			}
			return this.baseline + 8 + lowest;
		}

		void draw(SvgWriter svg) {
			svg.start("g", "class", "chart-round-labels");
			for (int i = 0; i < this.labels.size(); i++) {
				double x = x(i);
				double y = this.baseline + 8 + TextBlock.FONT_SIZE * 0.8;
				if (this.turned) {
					svg.text("text", this.labels.get(i).get(0), "x", x, "y", y, "text-anchor", "end", "fill",
							ChartFrame.TEXT, "transform",
							"rotate(-45 " + Svg.number(x) + " " + Svg.number(y - TextBlock.FONT_SIZE * 0.4) + ")");
				}
				else {
					new TextBlock(this.labels.get(i), x, y, "middle").draw(svg, ChartFrame.TEXT);
				}
			}
			svg.end();
		}

	}

}
