package se.stegvis.chart.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Text and number formats for SVG markup. */
public final class Svg {

	private Svg() {
	}

	/**
	 * The text with {@code & < > " '} escaped, and characters XML 1.0 does not allow (control
	 * characters other than tab, line feed and carriage return, lone surrogates) replaced by U+FFFD.
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						escaped.append(c).append(text.charAt(++i));
					}
					else if (allowedInXml(c)) {
						escaped.append(c);
					}
					else {
						escaped.append('\uFFFD');
					}
				}
			}
		}
		return escaped.toString();
	}

	private static boolean allowedInXml(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

	/** A coordinate or length: at most two decimals, a point as separator, no trailing zeros (12.5, 200). */
	public static String number(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite number: " + value);
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

	/** Points as the {@code points} attribute of a polygon or polyline wants them: "x,y x,y …". */
	public static String points(List<Point> points) {
		return points.stream().map((p) -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining(" "));
	}

}
