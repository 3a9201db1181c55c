package se.stegvis.chart;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static se.stegvis.chart.RadarChartTest.values;

class LineChartTest {

	private static final List<String> ROUNDS = List.of("2023-03", "2024-03", "2025-03", "2026-03");

	private static final ChartTexts SV = Texts.swedish();

	@Test
	void rendersAnAccessibleScalableSvgWithoutStyleOrScript() {
		LineChart chart = trend(ChartSeries.own("Kommun A", values("40", "52.5", "61", "70")),
				ChartSeries.comparison("Riket", values("45", "50", "55", "58")));

		SvgContract.check(chart.svg("trend", SV), "trend", "Utveckling över omgångar");
	}

	@Test
	void pointsLieAtTheirRoundAndScore() {
		LineChart chart = trend(ChartSeries.own("Kommun A", values("0", "100", "50", "25")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("t", SV));

		List<double[]> points = ParsedSvg.pathPoints(path(svg, 0));
		List<Element> grid = ParsedSvg.all(svg.groups("chart-grid").get(0), "line");
		double zero = ParsedSvg.number(grid.get(0), "y1");
		double hundred = ParsedSvg.number(grid.get(4), "y1");

		assertThat(points).hasSize(4);
		assertThat(points.get(0)[1]).isCloseTo(zero, within(0.02));
		assertThat(points.get(1)[1]).isCloseTo(hundred, within(0.02));
		assertThat(points.get(2)[1]).isCloseTo((zero + hundred) / 2, within(0.02));
		assertThat(points.get(3)[1]).isCloseTo(zero - (zero - hundred) / 4, within(0.02));
		double step = points.get(1)[0] - points.get(0)[0];
		assertThat(step).isPositive();
		assertThat(points.get(2)[0] - points.get(1)[0]).isCloseTo(step, within(0.02));
		assertThat(points.get(3)[0] - points.get(2)[0]).isCloseTo(step, within(0.02));
		assertThat(svg.texts()).contains("0", "25", "50", "75", "100");
	}

	@Test
	void aMissingScoreBreaksTheLineAndALonePointKeepsItsMarker() {
		LineChart chart = trend(ChartSeries.own("Kommun A", values("40", null, "61", null)),
				ChartSeries.comparison("Riket", values("45", "50", null, "58")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("t", SV));
		List<Element> series = svg.groups("chart-series"); // Riket first, Kommun A on top

		assertThat(ParsedSvg.all(series.get(1), "path")).isEmpty(); // no two neighbouring scores
		assertThat(markers(series.get(1))).hasSize(2);
		Element riket = ParsedSvg.all(series.get(0), "path").get(0);
		assertThat(ParsedSvg.subpaths(riket)).isEqualTo(1);
		assertThat(ParsedSvg.pathPoints(riket)).hasSize(2);
		assertThat(markers(series.get(0))).hasSize(3);
		assertThat(svg.byId("t-desc").getTextContent())
			.endsWith("Värde saknas för: Kommun A (2024-03, 2026-03); Riket (2025-03).");
	}

	@Test
	void everySeriesHasItsOwnDashPatternAndTheOwnSeriesIsSolid() {
		LineChart chart = new LineChart("Trend", "Sex serier.", "Omgång", ROUNDS,
				List.of(ChartSeries.own("A", values("1", "2", "3", "4")), ChartSeries.comparison("B", values("1", "2", "3", "4")),
						ChartSeries.comparison("C", values("1", "2", "3", "4")), ChartSeries.comparison("D", values("1", "2", "3", "4")),
						ChartSeries.comparison("E", values("1", "2", "3", "4")), ChartSeries.comparison("F", values("1", "2", "3", "4"))));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("t", SV));

		List<Element> paths = svg.groups("chart-series").stream().map((g) -> ParsedSvg.all(g, "path").get(0)).toList();

		assertThat(paths.get(5).hasAttribute("stroke-dasharray")).isFalse();
		assertThat(paths.subList(0, 5)).extracting((p) -> p.getAttribute("stroke-dasharray")).doesNotContain("").doesNotHaveDuplicates();
		assertThat(paths).extracting((p) -> p.getAttribute("stroke")).doesNotHaveDuplicates();
	}

	@Test
	void aSingleSeriesIsLabelledWithDecimalCommas() {
		LineChart chart = trend(ChartSeries.own("Kommun A", values("40", "52.25", "61", "70.04")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("t", SV));

		assertThat(svg.texts()).contains("40,0", "52,3", "61,0", "70,0");
		assertThat(svg.all("title")).extracting(Element::getTextContent).contains("Kommun A, 2024-03: 52,3");
	}

	@Test
	void roundLabelsWrapOrTurnWhenThereAreMany() {
		List<String> rounds = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj((i) -> "Omgång " + i).toList();
		List<java.math.BigDecimal> v = rounds.stream().map((r) -> java.math.BigDecimal.valueOf(r.length() * 5L)).toList();
		LineChart chart = new LineChart("Tolv omgångar", "Beskrivning.", "Omgång", rounds, List.of(ChartSeries.own("Kommun A", v)));

		ParsedSvg svg = SvgContract.check(chart.svg("t", SV), "t", "Tolv omgångar");

		assertThat(ParsedSvg.all(svg.groups("chart-round-labels").get(0), "text"))
			.allSatisfy((t) -> assertThat(t.getAttribute("transform")).startsWith("rotate(-45"));
		SvgContract.check(trend(ChartSeries.own("A", values("1", "2", "3", "4"))).svg("t", SV), "t", "Utveckling över omgångar");
		LineChart one = new LineChart("En omgång", "Beskrivning.", "Omgång", List.of("Omgång 1"),
				List.of(ChartSeries.own("Kommun A", values("50"))));
		SvgContract.check(one.svg("t", SV), "t", "En omgång");
	}

	@Test
	void theTableHoldsTheSameFiguresAsTheChart() {
		LineChart chart = trend(ChartSeries.own("Kommun A", values("40", null, "61.25", "70")),
				ChartSeries.comparison("Riket", values("45", "50", "55", "58.04")));

		ChartTable table = chart.table(SV);

		assertThat(table.caption()).isEqualTo("Utveckling över omgångar");
		assertThat(table.columnHeaders()).containsExactly("Omgång", "Kommun A", "Riket");
		assertThat(table.rows()).extracting(ChartTable.Row::header).containsExactlyElementsOf(ROUNDS);
		assertThat(table.rows()).extracting(ChartTable.Row::cells).containsExactly(List.of("40,0", "45,0"),
				List.of("Inget värde", "50,0"), List.of("61,3", "55,0"), List.of("70,0", "58,0"));
	}

	@Test
	void refusesWhatItCannotDraw() {
		List<ChartSeries> seven = java.util.stream.IntStream.range(0, 7)
			.mapToObj((i) -> ChartSeries.comparison("S" + i, values("1", "2", "3", "4"))).toList();
		assertThatIllegalArgumentException().isThrownBy(() -> new LineChart("T", "D", "H", ROUNDS, seven))
			.withMessageContaining("series must hold 1..6");
		assertThatIllegalArgumentException().isThrownBy(() -> new LineChart("T", "D", "H", List.of(), List.of()))
			.withMessageContaining("rounds");
		assertThatIllegalArgumentException().isThrownBy(() -> trend(ChartSeries.own("A", values("1", "2"))))
			.withMessageContaining("has 2 values for 4 rounds");
	}

	private static LineChart trend(ChartSeries... series) {
		return new LineChart("Utveckling över omgångar", "Totalpoäng per omgång.", "Omgång", ROUNDS, List.of(series));
	}

	private static Element path(ParsedSvg svg, int series) {
		return ParsedSvg.all(svg.groups("chart-series").get(series), "path").get(0);
	}

	private static List<Element> markers(Element series) {
		return ParsedSvg.elements(series.getChildNodes()).stream()
			.filter((e) -> List.of("circle", "polygon").contains(e.getLocalName()))
			.toList();
	}

}
