package se.stegvis.chart.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one series of a radar or line chart is drawn. The organisation's own series is solid, wider and
 * dark blue; comparisons are dashed, each with its own dash pattern, marker shape and colour — dark
 * variants of the Okabe–Ito palette, which colour-blind readers can tell apart, each at least 5:1
 * against white.
 *
 * @param colour the stroke, fill and marker colour
 * @param dashArray the {@code stroke-dasharray}, or null for a solid line
 * @param strokeWidth the line width
 * @param marker the shape of the point markers
 * @param fillOpacity the opacity of a radar polygon's fill
 */
public record SeriesStyle(String colour, @Nullable String dashArray, double strokeWidth, MarkerShape marker,
		double fillOpacity) {

	/** The organisation's own series. */
	public static final SeriesStyle OWN = new SeriesStyle("#1d4f91", null, 3, MarkerShape.CIRCLE, 0.18);

	/** Comparison series, in the order they are handed out. */
	public static final List<SeriesStyle> COMPARISONS = List.of(
			comparison("#b34a00", "8 4", MarkerShape.SQUARE),
			comparison("#00775a", "2 3", MarkerShape.TRIANGLE),
			comparison("#a8487e", "10 3 2 3", MarkerShape.DIAMOND),
			comparison("#8f5b00", "16 6", MarkerShape.TRIANGLE_DOWN),
			comparison("#4d4d4d", "10 3 2 3 2 3", MarkerShape.PENTAGON),
			comparison("#1f6e9c", "4 3", MarkerShape.PLUS),
			comparison("#6b6b00", "16 4 4 4", MarkerShape.CROSS),
			comparison("#7a4a2c", "2 7", MarkerShape.STAR));

	private static SeriesStyle comparison(String colour, String dashArray, MarkerShape marker) {
		return new SeriesStyle(colour, dashArray, 2, marker, 0.08);
	}

	/**
	 * The styles of series in order: {@link #OWN} for each series flagged own, the next of
	 * {@link #COMPARISONS} for each other.
	 * @throws IllegalArgumentException for more comparisons than there are styles
	 */
	public static List<SeriesStyle> assign(List<Boolean> own) {
		List<SeriesStyle> styles = new ArrayList<>(own.size());
		int comparisons = 0;
		for (boolean isOwn : own) {
			if (isOwn) {
				styles.add(OWN);
			}
			else if (comparisons < COMPARISONS.size()) {
				styles.add(COMPARISONS.get(comparisons++));
			}
			else {
				throw new IllegalArgumentException("at most " + COMPARISONS.size() + " comparison series can be drawn");
			}
		}
		return styles;
	}

	/** The marker radius for this style. */
	public double markerSize() {
		return (this.strokeWidth >= 3) ? 5.5 : 5;
	}

}
