package se.stegvis.chart.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The shapes that mark a series' points, so series differ by shape as well as by colour. */
public enum MarkerShape {

	CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN, PENTAGON, PLUS, CROSS, STAR;

	/**
	 * Draws the marker centred on a point.
	 * @param size the radius of the shape's bounding circle
	 * @param fill the fill colour; white for a hollow marker
	 * @param tooltip a {@code <title>} for the marker, or null for none
	 */
	public void draw(SvgWriter svg, Point at, double size, String stroke, String fill, @Nullable String tooltip) {
		Object[] paint = { "fill", fill, "stroke", stroke, "stroke-width", 1.5, "stroke-linejoin", "round" };
		if (this == CIRCLE) {
			svg.start("circle", join(new Object[] { "cx", at.x(), "cy", at.y(), "r", size * 0.85 }, paint));
		}
		else {
			svg.start("polygon", join(new Object[] { "points", Svg.points(outline(at, size)) }, paint));
		}
		if (tooltip != null) {
			svg.text("title", tooltip);
		}
		svg.end();
	}

	/** The corners of the shape (for a circle, none). */
	List<Point> outline(Point at, double r) {
		return switch (this) {
			case CIRCLE -> List.of();
			case SQUARE -> regular(at, r * 0.95, 4, 45);
			case TRIANGLE -> regular(at, r * 1.15, 3, -90).stream().map((p) -> p.plus(0, r * 0.2)).toList();
			case TRIANGLE_DOWN -> regular(at, r * 1.15, 3, 90).stream().map((p) -> p.plus(0, -r * 0.2)).toList();
			case DIAMOND -> regular(at, r * 1.1, 4, 0);
			case PENTAGON -> regular(at, r, 5, -90);
			case PLUS -> cross(at, r, 0);
			case CROSS -> cross(at, r, 45);
			case STAR -> star(at, r * 1.2);
		};
	}

	private static List<Point> regular(Point at, double r, int corners, double startDegrees) {
		List<Point> points = new ArrayList<>(corners);
		for (int i = 0; i < corners; i++) {
			double angle = Math.toRadians(startDegrees + 360.0 * i / corners);
			points.add(at.plus(r * Math.cos(angle), r * Math.sin(angle)));
		}
		return points;
	}

	private static List<Point> cross(Point at, double r, double rotateDegrees) {
		double w = r * 0.38;
		double[][] corners = { { -w, -r }, { w, -r }, { w, -w }, { r, -w }, { r, w }, { w, w }, { w, r }, { -w, r },
				{ -w, w }, { -r, w }, { -r, -w }, { -w, -w } };
		double angle = Math.toRadians(rotateDegrees);
		List<Point> points = new ArrayList<>(corners.length);
		for (double[] c : corners) {
			points.add(at.plus(c[0] * Math.cos(angle) - c[1] * Math.sin(angle),
					c[0] * Math.sin(angle) + c[1] * Math.cos(angle)));
		}
		return points;
	}

	private static List<Point> star(Point at, double r) {
		List<Point> points = new ArrayList<>(10);
		for (int i = 0; i < 10; i++) {
			double angle = Math.toRadians(-90 + 36.0 * i);
			double radius = (i % 2 == 0) ? r : r * 0.45;
			points.add(at.plus(radius * Math.cos(angle), radius * Math.sin(angle)));
		}
		return points;
	}

	private static Object[] join(Object[] first, Object[] second) {
		Object[] all = new Object[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
