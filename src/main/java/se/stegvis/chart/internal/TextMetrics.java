package se.stegvis.chart.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates the width of text in the charts' font (Arial or a metric twin such as Liberation Sans),
 * and wraps labels to a width, so that layouts leave room for their labels without a font at hand.
 * Estimates err on the wide side ({@link #SAFETY}) so a wider fallback font is not cut off either.
 */
public final class TextMetrics {

	/** The font every chart names; Arial and Liberation Sans share these metrics. */
	public static final String FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

	/** Head room over Arial's advance widths for a wider fallback font. */
	static final double SAFETY = 1.1;

	private static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

	/** Arial's advance widths in thousandths of an em for the characters of {@link #ASCII}. */
	private static final int[] ASCII_WIDTHS = { 278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278,
			333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015,
			667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
			667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222,
			500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 };

	private TextMetrics() {
	}

	/** The estimated width of one line of text at the given font size, in user units. */
	public static double width(String text, double fontSize) {
		double thousandths = 0;
		for (int i = 0; i < text.length(); i++) {
			thousandths += advance(text.charAt(i));
		}
		return thousandths / 1000 * fontSize * SAFETY;
	}

	private static int advance(char c) {
		int ascii = ASCII.indexOf(c);
		if (ascii >= 0) {
			return ASCII_WIDTHS[ascii];
		}
		return switch (c) {
			case 'å', 'ä', 'ö', 'é', 'ü', 'æ', 'ø' -> 556;
			case 'Å', 'Ä', 'Æ' -> 667;
			case 'Ö', 'Ø' -> 778;
			case 'É', 'Ü' -> 722;
			case '–' -> 556;
			case '—' -> 1000;
			default -> Character.isLowerCase(c) ? 600 : 780;
		};
	}

	/**
	 * The text broken into lines no wider than {@code maxWidth}: at spaces, and inside a word only when
	 * the word alone is too wide, with a hyphen — preferring a break after an "s", where Swedish
	 * compounds often join ("Funktions-nedsättning"). Never returns an empty list; a blank text gives
	 * one empty line.
	 */
	public static List<String> wrap(String text, double maxWidth, double fontSize) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, fontSize) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, fontSize) > maxWidth) {
				int cut = breakPoint(rest, maxWidth, fontSize);
				if (cut <= 0) {
					break;
				}
				lines.add(rest.substring(0, cut) + "-");
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * Where to break a word too wide for a line: the hyphenated head fits; the first "s" in the back half
	 * of what fits if there is one, else as much as fits; 0 when not even two letters fit.
	 */
	private static int breakPoint(String word, double maxWidth, double fontSize) {
		int longest = 0;
		for (int cut = 2; cut <= word.length() - 2; cut++) {
			if (width(word.substring(0, cut) + "-", fontSize) <= maxWidth) {
				longest = cut;
			}
		}
		for (int cut = Math.max(4, longest / 2); cut <= longest; cut++) {
			if (word.charAt(cut - 1) == 's' && word.length() - cut >= 4) {
				return cut;
			}
		}
		return longest;
	}

}
