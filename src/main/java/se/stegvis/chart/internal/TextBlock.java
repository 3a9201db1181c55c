package se.stegvis.chart.internal;

import java.util.List;

/**
 * Lines of text placed at a point, with the box they are estimated to take, so layouts can keep
 * labels inside the viewBox and clear of each other.
 *
 * @param lines the lines, top to bottom
 * @param x where the lines are anchored horizontally
 * @param firstBaseline the baseline of the first line
 * @param anchor {@code start}, {@code middle} or {@code end}, as SVG's {@code text-anchor}
 */
public record TextBlock(List<String> lines, double x, double firstBaseline, String anchor) {

	/** The font size of chart text: 14 user units, at least 12 px down to a 360 px wide chart. */
	public static final double FONT_SIZE = 14;

	/** The distance between the baselines of two lines. */
	public static final double LINE_HEIGHT = 17;

	public TextBlock {
		lines = List.copyOf(lines);
		if (!List.of("start", "middle", "end").contains(anchor)) {
			throw new IllegalArgumentException("unknown text-anchor " + anchor);
		}
	}

	/** The block's height for a number of lines, from the top of the first to the bottom of the last. */
	public static double height(int lines) {
		return (lines - 1) * LINE_HEIGHT + FONT_SIZE * 1.05;
	}

	public double width() {
		return this.lines.stream().mapToDouble((line) -> TextMetrics.width(line, FONT_SIZE)).max().orElse(0);
	}

	public double left() {
		return switch (this.anchor) {
			case "start" -> this.x;
			case "middle" -> this.x - width() / 2;
			default -> this.x - width();
		};
	}

	public double right() {
		return left() + width();
	}

	public double top() {
		return this.firstBaseline - FONT_SIZE * 0.8;
	}

	public double bottom() {
		return top() + height(this.lines.size());
	}

	/** The same block moved down by {@code dy}. */
	public TextBlock shifted(double dy) {
		return new TextBlock(this.lines, this.x, this.firstBaseline + dy, this.anchor);
	}

	/** Draws the block as one {@code <text>} with a {@code <tspan>} per line, in the given colour. */
	public void draw(SvgWriter svg, String fill) {
		svg.start("text", "x", this.x, "y", this.firstBaseline, "text-anchor", this.anchor, "fill", fill);
		for (int i = 0; i < this.lines.size(); i++) {
			svg.text("tspan", this.lines.get(i), "x", this.x, "y", this.firstBaseline + i * LINE_HEIGHT);
		}
		svg.end();
	}

}
