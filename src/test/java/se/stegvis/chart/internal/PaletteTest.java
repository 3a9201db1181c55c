package se.stegvis.chart.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Series and groups differ by more than colour, and every colour stands out against white (WCAG 1.4.11). */
class PaletteTest {

	@Test
	void everyComparisonHasItsOwnDashMarkerAndColour() {
		List<SeriesStyle> comparisons = SeriesStyle.COMPARISONS;

		assertThat(comparisons).hasSize(8);
		assertThat(comparisons).extracting(SeriesStyle::dashArray).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(comparisons).extracting(SeriesStyle::marker).doesNotHaveDuplicates().doesNotContain(MarkerShape.CIRCLE);
		assertThat(comparisons).extracting(SeriesStyle::colour).doesNotHaveDuplicates().doesNotContain(SeriesStyle.OWN.colour());
	}

	@Test
	void theOwnSeriesIsSolidWidestAndDarkest() {
		assertThat(SeriesStyle.OWN.dashArray()).isNull();
		assertThat(SeriesStyle.COMPARISONS).allSatisfy((c) -> {
			assertThat(c.strokeWidth()).isLessThan(SeriesStyle.OWN.strokeWidth());
			assertThat(c.fillOpacity()).isLessThan(SeriesStyle.OWN.fillOpacity());
		});
		assertThat(contrast(SeriesStyle.OWN.colour())).isGreaterThan(7);
	}

	@Test
	void seriesColoursContrastAtLeastFiveToOneWithWhite() {
		List<String> colours = new ArrayList<>(SeriesStyle.COMPARISONS.stream().map(SeriesStyle::colour).toList());
		colours.add(SeriesStyle.OWN.colour());
		GroupFill.GROUPS.forEach((g) -> colours.add(g.colour()));

		assertThat(colours).allSatisfy((c) -> assertThat(contrast(c)).as(c).isGreaterThanOrEqualTo(5));
	}

	@Test
	void gridAndTextMeetTheContrastMinimums() {
		assertThat(contrast(ChartFrame.GRID)).isGreaterThanOrEqualTo(3);
		assertThat(contrast(ChartFrame.MUTED)).isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(ChartFrame.TEXT)).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void groupsDifferByPatternAsWellAsColour() {
		assertThat(GroupFill.GROUPS).hasSize(6);
		assertThat(GroupFill.GROUPS).extracting(GroupFill::pattern).doesNotHaveDuplicates();
		assertThat(GroupFill.GROUPS).extracting(GroupFill::colour).doesNotHaveDuplicates();
	}

	@Test
	void theOwnSeriesAndComparisonsAreHandedOutInOrder() {
		List<SeriesStyle> styles = SeriesStyle.assign(List.of(false, true, false));

		assertThat(styles).containsExactly(SeriesStyle.COMPARISONS.get(0), SeriesStyle.OWN, SeriesStyle.COMPARISONS.get(1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SeriesStyle.assign(List.of(false, false, false, false, false, false, false, false, false)));
	}

	@Test
	void everyMarkerShapeIsDrawnAroundItsPoint() {
		for (MarkerShape shape : MarkerShape.values()) {
			SvgWriter svg = new SvgWriter();
			shape.draw(svg, new Point(100, 50), 5, "#000000", "#ffffff", "tip & <b>");
			String markup = svg.markup();
			assertThat(markup).as(shape.name()).contains("<title>tip &amp; &lt;b&gt;</title>");
			assertThat(shape.outline(new Point(100, 50), 5)).allSatisfy((p) -> {
				assertThat(Math.hypot(p.x() - 100, p.y() - 50)).isBetween(0.5, 7.0);
			});
		}
	}

	/** WCAG 2.1 contrast ratio of a colour against white. */
	static double contrast(String hex) {
		double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
		double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
		double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
		double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
