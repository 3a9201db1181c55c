package se.stegvis.chart.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a radar chart's parts go: the largest radius at which every axis label fits inside the viewBox,
 * the centre, and the labels. Axis i points at −90° + i·360°/n (clockwise from the top); labels sit
 * beyond the outer ring and beyond any gap markers on their axis.
 *
 * @param radius the radius of the 100 ring
 * @param centre the centre of the rings
 * @param labels the axis labels, one per axis
 * @param bottom the lowest point of the drawing (rings, gap markers, labels)
 */
record RadarLayout(double radius, Point centre, List<TextBlock> labels, double bottom) {

	static final double MAX_RADIUS = 130;

	static final double MIN_RADIUS = 60;

	/** From the outer ring to an axis label without gap markers. */
	static final double LABEL_GAP = 10;

	/** The distance between gap markers stacked on one axis. */
	static final double GAP_STEP = 12;

	/** From the outer ring to the centre of the first gap marker. */
	static final double FIRST_GAP = 14;

	/** Below |cos| of this an axis points up or down and its label is centred on it. */
	private static final double CENTRED = 0.2;

	/**
	 * @param axisLines each axis label's text lines before wrapping (the label, then a score if shown)
	 * @param gaps the number of gap markers on each axis
	 */
	static RadarLayout of(List<List<String>> axisLines, int[] gaps) {
		int n = axisLines.size();
		double half = ChartFrame.WIDTH / 2.0;
		List<List<String>> wrapped = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			double cos = Math.abs(Math.cos(angle(i, n)));
			double reach = (MIN_RADIUS + labelOffset(gaps[i])) * cos;
			double width = (cos < CENTRED) ? 2 * (half - ChartFrame.PAD - reach) : half - ChartFrame.PAD - reach;
			List<String> lines = new ArrayList<>();
			axisLines.get(i).forEach((text) -> lines.addAll(TextMetrics.wrap(text, width, TextBlock.FONT_SIZE)));
			wrapped.add(lines);
		}
		double radius = MAX_RADIUS;
		while (radius > MIN_RADIUS && !fits(place(wrapped, gaps, radius, new Point(half, 0)))) {
			radius -= 1;
		}
		List<TextBlock> labels = place(wrapped, gaps, radius, new Point(half, 0));
		double top = -radius;
		double bottom = radius;
		for (int i = 0; i < n; i++) {
			double sin = Math.sin(angle(i, n));
			if (gaps[i] > 0) {
				double outer = radius + FIRST_GAP + (gaps[i] - 1) * GAP_STEP + 6;
				top = Math.min(top, outer * sin);
				bottom = Math.max(bottom, outer * sin);
			}
			top = Math.min(top, labels.get(i).top());
			bottom = Math.max(bottom, labels.get(i).bottom());
		}
		double shift = ChartFrame.PAD - top;
		return new RadarLayout(radius, new Point(half, shift), labels.stream().map((l) -> l.shifted(shift)).toList(),
				bottom + shift);
	}

	/** The angle of axis i of n, in radians. */
	static double angle(int i, int n) {
		return -Math.PI / 2 + 2 * Math.PI * i / n;
	}

	/** From the outer ring to the label of an axis with this many gap markers. */
	static double labelOffset(int gaps) {
		return LABEL_GAP + gaps * GAP_STEP;
	}

	/** The point at a value 0..100 on axis i of n. */
	Point at(int i, int n, double value) {
		return along(i, n, this.radius * value / 100);
	}

	/** The point at a distance from the centre along axis i of n. */
	Point along(int i, int n, double distance) {
		double angle = angle(i, n);
		return this.centre.plus(distance * Math.cos(angle), distance * Math.sin(angle));
	}

	private static List<TextBlock> place(List<List<String>> lines, int[] gaps, double radius, Point centre) {
		int n = lines.size();
		List<TextBlock> blocks = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			double cos = Math.cos(angle(i, n));
			double sin = Math.sin(angle(i, n));
			double distance = radius + labelOffset(gaps[i]);
			double x = centre.x() + distance * cos;
			double y = centre.y() + distance * sin;
			String anchor = (Math.abs(cos) < CENTRED) ? "middle" : (cos > 0) ? "start" : "end";
			int count = lines.get(i).size();
			double firstBaseline;
			if (sin < -CENTRED) {
				firstBaseline = y - 4 - (count - 1) * TextBlock.LINE_HEIGHT;
			}
			else if (sin > CENTRED) {
				firstBaseline = y + TextBlock.FONT_SIZE * 0.8 + 2;
			}
			else {
				firstBaseline = y - (count - 1) * TextBlock.LINE_HEIGHT / 2 + TextBlock.FONT_SIZE * 0.35;
			}
			blocks.add(new TextBlock(lines.get(i), x, firstBaseline, anchor));
		}
		return blocks;
	}

	private static boolean fits(List<TextBlock> labels) {
		return labels.stream()
			.allMatch((l) -> l.left() >= ChartFrame.PAD && l.right() <= ChartFrame.WIDTH - ChartFrame.PAD);
	}

}
