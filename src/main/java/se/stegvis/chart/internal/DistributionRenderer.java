package se.stegvis.chart.internal;

import java.util.ArrayList;
import java.util.List;

import se.stegvis.chart.ChartTexts;
import se.stegvis.chart.DistributionChart;
import se.stegvis.chart.DistributionGroup;

/**
 * Draws a {@link DistributionChart}: a row per answer (the levels, then — set apart — "Vet ej" and "Ej
 * relevant") with its label on the left and a horizontal bar whose length is the count, the count
 * written after it. A single group's bars are solid, the levels blue and the other answers grey; stacked
 * groups get a segment each ({@code <rect class="chart-segment">}), filled with the group's pattern and
 * carrying the group's count on a white tag where it fits, and a legend.
 */
public final class DistributionRenderer {

	private static final double BAR_HEIGHT = 20;

	private static final double MIN_ROW = 30;

	private static final double SET_APART = 12;

	private static final String LEVEL_COLOUR = "#1d4f91";

	private DistributionRenderer() {
	}

	/** The chart as SVG. */
	public static String render(DistributionChart chart, String idPrefix, ChartTexts texts) {
		ChartFrame.checkIdPrefix(idPrefix);
		List<String> answers = chart.answers(texts);
		List<DistributionGroup> groups = chart.groups();
		List<List<Integer>> counts = groups.stream().map(DistributionGroup::counts).toList();
		int[] totals = new int[answers.size()];
		counts.forEach((c) -> {
			for (int i = 0; i < totals.length; i++) {
				totals[i] += c.get(i);
			}
		});
		int most = 1;
		for (int total : totals) {
			most = Math.max(most, total);
		}
		double labelWidth = Math.min(ChartFrame.WIDTH * 0.4,
				answers.stream().mapToDouble((a) -> TextMetrics.width(a, TextBlock.FONT_SIZE)).max().orElse(0));
		double x0 = ChartFrame.PAD + labelWidth + 10;
		double countWidth = TextMetrics.width(Integer.toString(most), TextBlock.FONT_SIZE) + 10;
		double scale = (ChartFrame.WIDTH - ChartFrame.PAD - countWidth - x0) / most;
		boolean stacked = groups.size() > 1;

		SvgWriter svg = new SvgWriter();
		List<String> fills = new ArrayList<>();
		List<String> colours = new ArrayList<>();
		if (stacked) {
			svg.start("defs");
			for (int g = 0; g < groups.size(); g++) {
				String id = idPrefix + "-fill-" + g;
				GroupFill.GROUPS.get(g).define(svg, id);
				fills.add(GroupFill.GROUPS.get(g).fill(id));
				colours.add(GroupFill.GROUPS.get(g).colour());
			}
			svg.end();
		}
		double top = ChartFrame.PAD;
		double y = top;
		int levels = chart.levels().size();
		svg.start("g", "class", "chart-bars");
		for (int i = 0; i < answers.size(); i++) {
			if (i == levels) {
				y += SET_APART;
			}
			List<String> lines = TextMetrics.wrap(answers.get(i), labelWidth, TextBlock.FONT_SIZE);
			double row = Math.max(MIN_ROW, TextBlock.height(lines.size()) + 10);
			double middle = y + row / 2;
			new TextBlock(lines, x0 - 8,
					middle - (lines.size() - 1) * TextBlock.LINE_HEIGHT / 2 + TextBlock.FONT_SIZE * 0.35, "end")
				.draw(svg, ChartFrame.TEXT);
			double x = x0;
			for (int g = 0; g < groups.size(); g++) {
				int count = counts.get(g).get(i);
				if (count == 0) {
					continue;
				}
				double width = count * scale;
				String colour = stacked ? colours.get(g)
						: (i < levels) ? LEVEL_COLOUR : ChartFrame.MUTED;
				svg.start("rect", "class", "chart-segment", "x", x, "y", middle - BAR_HEIGHT / 2, "width", width,
						"height", BAR_HEIGHT, "fill", stacked ? fills.get(g) : colour, "stroke", colour,
						"stroke-width", 1);
				svg.text("title", groups.get(g).label() + ", " + answers.get(i) + ": " + count);
				svg.end();
				if (stacked) {
					tag(svg, new Point(x + width / 2, middle), width, count, colour);
				}
				x += width;
			}
			svg.text("text", Integer.toString(totals[i]), "class", "chart-count", "x", x + 6, "y",
					middle + TextBlock.FONT_SIZE * 0.35, "fill", ChartFrame.TEXT);
			y += row;
		}
		svg.end();
		svg.empty("line", "x1", x0, "y1", top, "x2", x0, "y2", y, "stroke", ChartFrame.MUTED, "stroke-width", 1.5);
		double bottom = y;
		if (stacked) {
			bottom = Legend.swatches(svg, y + 18, groups.stream().map(DistributionGroup::label).toList(), fills,
					colours);
		}
		return ChartFrame.svg(idPrefix, chart.title(), chart.description(), bottom + ChartFrame.PAD, svg);
	}

	/** A group's count on a white tag in the middle of its segment, when the segment is wide enough. */
	private static void tag(SvgWriter svg, Point centre, double segmentWidth, int count, String colour) {
		String text = Integer.toString(count);
		double width = TextMetrics.width(text, TextBlock.FONT_SIZE) + 6;
		if (segmentWidth < width + 4) {
			return;
		}
		svg.empty("rect", "x", centre.x() - width / 2, "y", centre.y() - 8, "width", width, "height", 16, "rx", 3,
				"fill", "#ffffff", "stroke", colour, "stroke-width", 1);
		svg.text("text", text, "class", "chart-segment-count", "x", centre.x(), "y",
				centre.y() + TextBlock.FONT_SIZE * 0.35, "text-anchor", "middle", "fill", ChartFrame.TEXT);
	}

}
