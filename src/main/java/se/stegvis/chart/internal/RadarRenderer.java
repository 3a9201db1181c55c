package se.stegvis.chart.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.chart.ChartSeries;
import se.stegvis.chart.ChartTexts;
import se.stegvis.chart.RadarChart;

/**
 * Draws a {@link RadarChart}: rings and axes, then the series (the first on top), the ring labels, the
 * axis labels and the legend.
 *
 * <p>Each series is a {@code <g class="chart-series">} holding one {@code <polygon class="chart-area">} through its
 * known values, in axis order. A complete series' polygon carries its outline; for a series with gaps
 * the polygon is only the fill and a {@code <path class="chart-outline">} draws the outline between
 * neighbouring known values, so the gap stays open. Missing values get a hollow marker beyond the
 * outer ring ({@code class="chart-gap"}).
 */
public final class RadarRenderer {

	private static final int[] RINGS = { 25, 50, 75, 100 };

	/** With more series than this, only the organisation's own polygon is filled, so the middle stays readable. */
	private static final int MAX_FILLED = 3;

	private RadarRenderer() {
	}

	/** The chart as SVG, with the given (already completed) description. */
	public static String render(RadarChart chart, String idPrefix, String description, ChartTexts texts) {
		ChartFrame.checkIdPrefix(idPrefix);
		List<String> axes = chart.axes();
		List<ChartSeries> series = chart.series();
		int n = axes.size();
		int[] gaps = new int[n];
		series.forEach((s) -> {
			for (int i = 0; i < n; i++) {
				gaps[i] += (s.values().get(i) == null) ? 1 : 0;
			}
		});
		List<List<String>> axisLines = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			List<String> lines = new ArrayList<>(List.of(axes.get(i)));
			if (series.size() == 1) {
				lines.add(texts.figure(series.get(0).values().get(i)));
			}
			axisLines.add(lines);
		}
		RadarLayout layout = RadarLayout.of(axisLines, gaps);
		List<SeriesStyle> styles = SeriesStyle.assign(series.stream().map(ChartSeries::own).toList());

		SvgWriter svg = new SvgWriter();
		grid(svg, layout, n);
		for (int s = series.size() - 1; s >= 0; s--) {
			boolean filled = series.get(s).own() || series.size() <= MAX_FILLED;
			series(svg, layout, series.get(s), styles.get(s), filled, axes, texts, gapIndexes(series, s, n));
		}
		ringLabels(svg, layout);
		svg.start("g", "class", "chart-axis-labels");
		layout.labels().forEach((label) -> label.draw(svg, ChartFrame.TEXT));
		svg.end();
		boolean anyGap = series.stream().anyMatch(ChartSeries::hasGaps);
		double bottom = Legend.series(svg, layout.bottom() + 18, series.stream().map(ChartSeries::label).toList(),
				styles, anyGap ? texts.gapMarker() : null);
		return ChartFrame.svg(idPrefix, chart.title(), description, bottom + ChartFrame.PAD, svg);
	}

	private static void grid(SvgWriter svg, RadarLayout layout, int n) {
		svg.start("g", "class", "chart-grid", "fill", "none");
		for (int ring : RINGS) {
			List<Point> corners = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				corners.add(layout.at(i, n, ring));
			}
			boolean outer = ring == 100;
			svg.empty("polygon", "class", "chart-ring", "points", Svg.points(corners), "stroke",
					outer ? ChartFrame.MUTED : ChartFrame.GRID, "stroke-width", outer ? 1.5 : 1);
		}
		for (int i = 0; i < n; i++) {
			Point end = layout.at(i, n, 100);
			svg.empty("line", "class", "chart-axis", "x1", layout.centre().x(), "y1", layout.centre().y(), "x2", end.x(),
					"y2", end.y(), "stroke", ChartFrame.GRID, "stroke-width", 1);
		}
		svg.end();
	}

	/**
	 * For every axis, this series' place among the series missing a value there (0 for the first such
	 * series), or −1 where this series has a value.
	 */
	private static int[] gapIndexes(List<ChartSeries> series, int s, int n) {
		int[] indexes = new int[n];
		for (int i = 0; i < n; i++) {
			indexes[i] = -1;
			if (series.get(s).values().get(i) == null) {
				int before = 0;
				for (int t = 0; t < s; t++) {
					before += (series.get(t).values().get(i) == null) ? 1 : 0;
				}
				indexes[i] = before;
			}
		}
		return indexes;
	}

	private static void series(SvgWriter svg, RadarLayout layout, ChartSeries series, SeriesStyle style,
			boolean filled, List<String> axes, ChartTexts texts, int[] gapIndexes) {
		int n = axes.size();
		List<@Nullable BigDecimal> values = series.values();
		List<Point> known = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			BigDecimal value = values.get(i);
			if (value != null) {
				known.add(layout.at(i, n, value.doubleValue()));
			}
		}
		boolean complete = known.size() == n;
		svg.start("g", "class", "chart-series");
		svg.empty("polygon", "class", "chart-area", "points", Svg.points(known), "fill", filled ? style.colour() : "none",
				"fill-opacity", filled ? style.fillOpacity() : null,
				"stroke", complete ? style.colour() : "none", "stroke-width", complete ? style.strokeWidth() : null,
				"stroke-dasharray", complete ? style.dashArray() : null, "stroke-linejoin", "round");
		if (!complete) {
			outline(svg, layout, values, style);
		}
		for (int i = 0; i < n; i++) {
			BigDecimal value = values.get(i);
			String tooltip = series.label() + ", " + axes.get(i) + ": " + texts.figure(value);
			if (value != null) {
				style.marker().draw(svg, layout.at(i, n, value.doubleValue()), style.markerSize(), "#ffffff",
						style.colour(), tooltip);
			}
			else {
				Point at = layout.along(i, n,
						layout.radius() + RadarLayout.FIRST_GAP + gapIndexes[i] * RadarLayout.GAP_STEP);
				svg.start("g", "class", "chart-gap");
				style.marker().draw(svg, at, style.markerSize() - 0.5, style.colour(), "#ffffff", tooltip);
				svg.end();
			}
		}
		svg.end();
	}

	/** The outline of a series with gaps: a segment between each two neighbouring axes that both have a value. */
	private static void outline(SvgWriter svg, RadarLayout layout, List<@Nullable BigDecimal> values,
			SeriesStyle style) {
		int n = values.size();
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < n; i++) {
			BigDecimal from = values.get(i);
			BigDecimal to = values.get((i + 1) % n);
			if (from != null && to != null) {
				Point a = layout.at(i, n, from.doubleValue());
				Point b = layout.at((i + 1) % n, n, to.doubleValue());
				path.append(path.isEmpty() ? "" : " ").append("M").append(Svg.number(a.x())).append(',')
					.append(Svg.number(a.y())).append(" L").append(Svg.number(b.x())).append(',')
					.append(Svg.number(b.y()));
			}
		}
		if (!path.isEmpty()) {
			svg.empty("path", "class", "chart-outline", "d", path.toString(), "fill", "none", "stroke", style.colour(),
					"stroke-width", style.strokeWidth(), "stroke-dasharray", style.dashArray());
		}
	}

	/**
	 * "25", "50", "75", "100" just right of the first axis and below their ring, clear of the markers on
	 * the axis, on a white halo so the lines crossing them do not hide them.
	 */
	private static void ringLabels(SvgWriter svg, RadarLayout layout) {
		svg.start("g", "class", "chart-ring-labels");
		for (int ring : RINGS) {
			double x = layout.centre().x() + 8;
			double y = layout.centre().y() - layout.radius() * ring / 100 + TextBlock.FONT_SIZE;
			String text = Integer.toString(ring);
			svg.text("text", text, "x", x, "y", y, "fill", "#ffffff", "stroke", "#ffffff", "stroke-width", 4,
					"stroke-linejoin", "round");
			svg.text("text", text, "x", x, "y", y, "fill", ChartFrame.MUTED);
		}
		svg.end();
	}

}
