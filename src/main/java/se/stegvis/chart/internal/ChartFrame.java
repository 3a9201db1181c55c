package se.stegvis.chart.internal;

import java.util.regex.Pattern;

/**
 * The root of every chart: the {@code <svg>} element with its viewBox, its accessible name and
 * description, and the font and colours the content inherits.
 */
public final class ChartFrame {

	/** The width of every chart's viewBox. */
	public static final int WIDTH = 400;

	/** Space kept free along the edges of the viewBox. */
	public static final double PAD = 8;

	/** The colour of text. */
	public static final String TEXT = "#0b0c0c";

	/** The colour of axes and grid lines: 3.4:1 against white. */
	public static final String GRID = "#8c8c8c";

	/** The colour of secondary text and the outer frame: 7:1 against white. */
	public static final String MUTED = "#505a5f";

	private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

	private ChartFrame() {
	}

	/**
	 * Checks an id prefix: a letter, then letters, digits, {@code _} or {@code -}; at most 64.
	 * @throws IllegalArgumentException otherwise
	 */
	public static String checkIdPrefix(String idPrefix) {
		if (!ID_PREFIX.matcher(idPrefix).matches()) {
			throw new IllegalArgumentException("idPrefix \"" + idPrefix
					+ "\" must start with a letter and hold only letters, digits, _ and - (at most 64)");
		}
		return idPrefix;
	}

	/**
	 * The complete SVG.
	 * @param height the height of the content; the viewBox is {@link #WIDTH} wide and this high, rounded up
	 * @param content the chart's elements, drawn in user units of the viewBox
	 */
	public static String svg(String idPrefix, String title, String description, double height, SvgWriter content) {
		checkIdPrefix(idPrefix);
		String titleId = idPrefix + "-title";
		String descId = idPrefix + "-desc";
		SvgWriter svg = new SvgWriter();
		svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + (int) Math.ceil(height),
				"width", "100%", "role", "img", "aria-labelledby", titleId + " " + descId, "font-family",
				TextMetrics.FONT_FAMILY, "font-size", TextBlock.FONT_SIZE, "fill", TEXT);
		svg.text("title", title, "id", titleId);
		svg.text("desc", description, "id", descId);
		svg.append(content);
		svg.end();
		return svg.markup();
	}

}
