package se.stegvis.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RadarChartTest {

	private static final List<String> DIMENSIONS = List.of("Ledning", "Infrastruktur", "Kompetens", "Användning");

	private static final ChartTexts SV = Texts.swedish();

	@Test
	void rendersAnAccessibleScalableSvgWithoutStyleOrScript() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("56.25", "70", "40", "82.5")),
				ChartSeries.comparison("Riket", values("50", "60", "55", "65")));

		SvgContract.check(chart.svg("summary-radar", SV), "summary-radar", "Resultat per dimension");
	}

	@Test
	void drawsOnePolygonPerSeriesWithAPointPerAxis() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("56.25", "70", "40", "82.5")),
				ChartSeries.comparison("Riket", values("50", "60", "55", "65")),
				ChartSeries.comparison("Länet", values("45", "66", "52", "61")));

		List<Element> series = ParsedSvg.parse(chart.svg("r", SV)).groups("chart-series");

		assertThat(series).hasSize(3).allSatisfy((g) -> {
			assertThat(areas(g)).hasSize(1);
			assertThat(ParsedSvg.points(areas(g).get(0))).hasSize(4);
		});
	}

	@Test
	void fullScoreOnTheFirstAxisLiesOnTheOuterRingAtTheTop() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("100", "20", "30", "40")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));
		Geometry geometry = Geometry.of(svg);

		double[] top = ParsedSvg.points(seriesPolygon(svg, 0)).get(0);

		assertThat(top[0]).isCloseTo(geometry.cx, within(0.02));
		assertThat(top[1]).isCloseTo(geometry.cy - geometry.radius, within(0.02));
		assertThat(ParsedSvg.points(geometry.outerRing).get(0)).containsExactly(top);
	}

	@Test
	void aScoreLiesItsShareOfTheRadiusOutAlongItsAxis() {
		// Four axes: top, right, bottom, left.
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("50", "40", "25", "0")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));
		Geometry g = Geometry.of(svg);

		List<double[]> points = ParsedSvg.points(seriesPolygon(svg, 0));

		assertThat(points.get(0)[0]).isCloseTo(g.cx, within(0.02));
		assertThat(points.get(0)[1]).isCloseTo(g.cy - g.radius / 2, within(0.02));
		assertThat(points.get(1)[0]).isCloseTo(g.cx + g.radius * 0.4, within(0.02));
		assertThat(points.get(1)[1]).isCloseTo(g.cy, within(0.02));
		assertThat(points.get(2)[0]).isCloseTo(g.cx, within(0.02));
		assertThat(points.get(2)[1]).isCloseTo(g.cy + g.radius / 4, within(0.02));
		assertThat(points.get(3)).containsExactly(g.cx, g.cy);
	}

	@Test
	void axesRunClockwiseFromTheTopAtEqualAngles() {
		List<String> axes = List.of("A", "B", "C", "D", "E");
		RadarChart chart = new RadarChart("Fem axlar", "Beskrivning", "Axel", axes,
				List.of(ChartSeries.own("Kommun A", values("100", "100", "100", "100", "100"))));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));
		Geometry g = Geometry.of(svg);

		List<double[]> points = ParsedSvg.points(seriesPolygon(svg, 0));

		for (int i = 0; i < 5; i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / 5;
			assertThat(points.get(i)[0]).isCloseTo(g.cx + g.radius * Math.cos(angle), within(0.02));
			assertThat(points.get(i)[1]).isCloseTo(g.cy + g.radius * Math.sin(angle), within(0.02));
		}
	}

	@Test
	void ringsAtQuarterStepsAreLabelled() {
		ParsedSvg svg = ParsedSvg.parse(radar(ChartSeries.own("Kommun A", values("1", "2", "3", "4"))).svg("r", SV));
		Geometry g = Geometry.of(svg);

		List<Element> rings = svg.all("polygon").stream().filter((p) -> "chart-ring".equals(p.getAttribute("class"))).toList();

		assertThat(rings).hasSize(4);
		for (int i = 0; i < 4; i++) {
			assertThat(ParsedSvg.points(rings.get(i)).get(0)[1]).isCloseTo(g.cy - g.radius * (i + 1) / 4, within(0.02));
		}
		assertThat(svg.texts()).contains("25", "50", "75", "100");
	}

	@Test
	void everySeriesHasItsOwnDashPatternAndMarkerAndTheOwnSeriesIsSolidAndWidest() {
		List<ChartSeries> series = new ArrayList<>();
		series.add(ChartSeries.own("Kommun A", values("50", "50", "50", "50")));
		IntStream.range(1, 8).forEach((i) -> series.add(ChartSeries.comparison("Kommun " + i, values("40", "40", "40", "40"))));
		ParsedSvg svg = ParsedSvg.parse(new RadarChart("Nätverket", "Åtta kommuner", "Dimension", DIMENSIONS, series)
			.svg("r", SV));

		List<Element> polygons = svg.groups("chart-series").stream().map((g) -> areas(g).get(0)).toList();
		Element own = polygons.get(polygons.size() - 1); // drawn last, on top

		assertThat(own.hasAttribute("stroke-dasharray")).isFalse();
		assertThat(ParsedSvg.number(own, "stroke-width")).isEqualTo(3);
		List<Element> comparisons = polygons.subList(0, 7);
		assertThat(comparisons).extracting((p) -> p.getAttribute("stroke-dasharray")).doesNotContain("").doesNotHaveDuplicates();
		assertThat(comparisons).allSatisfy((p) -> assertThat(ParsedSvg.number(p, "stroke-width")).isLessThan(3));
		assertThat(polygons).extracting((p) -> p.getAttribute("stroke")).doesNotHaveDuplicates();
		assertThat(ParsedSvg.number(own, "fill-opacity")).isBetween(0.05, 0.3);
		assertThat(comparisons).allSatisfy((p) -> assertThat(p.getAttribute("fill")).isEqualTo("none"));
	}

	@Test
	void upToThreeSeriesAreFilledSemiTransparently() {
		ParsedSvg svg = ParsedSvg.parse(radar(ChartSeries.own("Kommun A", values("50", "50", "50", "50")),
				ChartSeries.comparison("Riket", values("40", "40", "40", "40")),
				ChartSeries.comparison("Länet", values("30", "30", "30", "30"))).svg("r", SV));

		assertThat(svg.groups("chart-series")).extracting((g) -> areas(g).get(0)).allSatisfy((p) -> {
			assertThat(p.getAttribute("fill")).isEqualTo(p.getAttribute("stroke"));
			assertThat(ParsedSvg.number(p, "fill-opacity")).isBetween(0.05, 0.3);
		});
	}

	@Test
	void aMissingScoreLeavesAGapWithAHollowMarkerExplainedInTheDescription() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("56.25", "70", null, "82.5")),
				ChartSeries.comparison("Riket", values("50", null, null, "65")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));
		List<Element> series = svg.groups("chart-series"); // Riket first, Kommun A on top

		Element riket = series.get(0);
		Element kommun = series.get(1);
		assertThat(ParsedSvg.points(areas(kommun).get(0))).hasSize(3);
		assertThat(ParsedSvg.points(areas(riket).get(0))).hasSize(2);
		assertThat(areas(kommun).get(0).getAttribute("stroke")).isEqualTo("none");
		// Outline only between neighbours that both have a score: Ledning–Infrastruktur, Användning–Ledning.
		Element outline = ParsedSvg.all(kommun, "path").get(0);
		assertThat(ParsedSvg.subpaths(outline)).isEqualTo(2);
		assertThat(ParsedSvg.subpaths(ParsedSvg.all(riket, "path").get(0))).isEqualTo(1);

		assertThat(gapMarkers(kommun)).hasSize(1);
		assertThat(gapMarkers(riket)).hasSize(2);
		assertThat(gapMarkers(kommun).get(0).getTextContent()).isEqualTo("Kommun A, Kompetens: Inget värde");
		assertThat(gapMarkers(riket)).allSatisfy((m) -> assertThat(m.getAttribute("fill")).isEqualTo("#ffffff"));

		Geometry g = Geometry.of(svg);
		double[] kompetensGap = centre(gapMarkers(kommun).get(0));
		assertThat(kompetensGap[0]).isCloseTo(g.cx, within(0.02));
		assertThat(kompetensGap[1]).isGreaterThan(g.cy + g.radius); // outside the outer ring, on the bottom axis

		assertThat(svg.byId("r-desc").getTextContent()).isEqualTo(
				"Poäng 0–100 per dimension. Värde saknas för: Kommun A (Kompetens); Riket (Infrastruktur, Kompetens).");
		assertThat(svg.texts()).contains(SV.gapMarker());
	}

	@Test
	void aCompleteChartHasNoGapMarkersAndNoGapSentence() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("1", "2", "3", "4")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));

		assertThat(svg.groups("chart-gap")).isEmpty();
		assertThat(svg.byId("r-desc").getTextContent()).isEqualTo("Poäng 0–100 per dimension.");
		assertThat(svg.texts()).doesNotContain(SV.gapMarker());
	}

	@Test
	void aSingleSeriesShowsItsScoresWithADecimalCommaBesideTheAxisLabels() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("56.25", "70", "40.04", null)));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));

		assertThat(svg.groups("chart-axis-labels").get(0).getTextContent()).contains("56,3", "70,0", "40,0", "Inget värde");
		assertThat(svg.all("title")).extracting(Element::getTextContent).contains("Kommun A, Ledning: 56,3");
		assertThat(ParsedSvg.parse(chart.svg("r", Texts.english())).groups("chart-axis-labels").get(0).getTextContent())
			.contains("56.3");
	}

	@Test
	void severalSeriesKeepTheirScoresInTheTableAndTheMarkers() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("56.25", "70", "40", "80")),
				ChartSeries.comparison("Riket", values("50", "60", "55", "65")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));

		assertThat(svg.groups("chart-axis-labels").get(0).getTextContent()).doesNotContain("56,3");
		assertThat(svg.all("title")).extracting(Element::getTextContent).contains("Kommun A, Ledning: 56,3", "Riket, Användning: 65,0");
	}

	@Test
	void theLegendNamesEverySeriesInOrder() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("1", "2", "3", "4")),
				ChartSeries.comparison("Riket", values("1", "2", "3", "4")));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("r", SV));

		Element legend = svg.groups("chart-legend").get(0);
		assertThat(ParsedSvg.all(legend, "text")).extracting(Element::getTextContent).containsExactly("Kommun A", "Riket");
		assertThat(ParsedSvg.all(legend, "line")).extracting((l) -> l.getAttribute("stroke-dasharray")).containsExactly("", "8 4");
	}

	@Test
	void everyTextIsEscaped() {
		String nasty = "<script>alert('x')</script> & \"Co\"";
		RadarChart chart = new RadarChart(nasty, nasty, nasty, List.of(nasty, "B & C", "D"),
				List.of(ChartSeries.own(nasty, values("1", "2", "3"))));
		String markup = chart.svg("r", SV);
		ParsedSvg svg = ParsedSvg.parse(markup);

		assertThat(svg.everyElement()).extracting(Element::getLocalName).doesNotContain("script");
		assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;", "B &amp; C");
		assertThat(svg.byId("r-title").getTextContent()).isEqualTo(nasty);
		assertThat(svg.texts()).anyMatch((t) -> t.startsWith("B & C"));
	}

	@Test
	void controlCharactersCannotBreakTheXml() {
		RadarChart chart = new RadarChart("Titel\u0000\u0007", "Beskrivning\uFFFF", "Dimension", List.of("A\u001B", "B", "C"),
				List.of(ChartSeries.own("Kommun\uD800", values("1", "2", "3"))));

		assertThat(ParsedSvg.parse(chart.svg("r", SV)).byId("r-title").getTextContent()).isEqualTo("Titel\uFFFD\uFFFD");
	}

	@Test
	void idsCarryThePrefixSoTwoChartsCanShareAPage() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("1", "2", "3", "4")));

		SvgContract.check(chart.svg("dimensions", SV), "dimensions", "Resultat per dimension");
		SvgContract.check(chart.svg("areas", SV), "areas", "Resultat per dimension");
		assertThatIllegalArgumentException().isThrownBy(() -> chart.svg("1abc", SV)).withMessageContaining("idPrefix");
		assertThatIllegalArgumentException().isThrownBy(() -> chart.svg("a b", SV));
		assertThatIllegalArgumentException().isThrownBy(() -> chart.svg("a\"><script>", SV));
	}

	@Test
	void longSwedishLabelsAreWrappedAndStayInsideTheViewBox() {
		List<String> areas = List.of("Övergripande", "Äldreomsorg", "Individ- och familjeomsorg", "Funktionsnedsättning");
		RadarChart four = new RadarChart("Resultat per område", "Poäng per område.", "Område", areas,
				List.of(ChartSeries.own("Kommun A", values("10", "20", "30", "40"))));
		ParsedSvg svg = SvgContract.check(four.svg("r", SV), "r", "Resultat per område");
		assertThat(String.join("|", svg.texts())).contains("Funktions- nedsättning");
		assertThat(Geometry.of(svg).radius).isGreaterThanOrEqualTo(80);
	}

	@Test
	void sixLongAxisLabelsWithGapMarkersStayInsideTheViewBox() {
		List<String> areas = List.of("Övergripande", "Äldreomsorg", "Individ- och familjeomsorg", "Funktionsnedsättning",
				"Informationssäkerhet och dataskydd", "Verksamhetsutveckling");
		RadarChart chart = new RadarChart("Resultat per område", "Poäng per område.", "Område", areas,
				List.of(ChartSeries.own("Kommun A", values("10", "20", "30", "40", "50", "60")),
						ChartSeries.comparison("Riket", values("60", "50", "40", null, "20", "10"))));

		ParsedSvg svg = SvgContract.check(chart.svg("r", SV), "r", "Resultat per område");

		assertThat(Geometry.of(svg).radius).isGreaterThanOrEqualTo(60);
		assertThat(String.join("|", svg.texts())).contains("Informations- säkerhet och dataskydd");
	}

	@Test
	void twelveAxesAndEightSeriesStillFit() {
		List<String> axes = IntStream.rangeClosed(1, 12).mapToObj((i) -> "Dimension nummer " + i).toList();
		List<ChartSeries> series = new ArrayList<>();
		for (int s = 0; s < 8; s++) {
			List<BigDecimal> v = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				v.add((i + s) % 5 == 0 ? null : BigDecimal.valueOf((i * 7 + s * 11) % 101));
			}
			series.add(s == 0 ? ChartSeries.own("Serie " + s, v) : ChartSeries.comparison("Serie " + s, v));
		}

		SvgContract.check(new RadarChart("Tolv", "Tolv axlar, åtta serier.", "Dimension", axes, series).svg("r", SV), "r", "Tolv");
	}

	@Test
	void theTableHoldsTheSameFiguresAsTheChart() {
		RadarChart chart = radar(ChartSeries.own("Kommun A", values("56.25", "70", null, "82.54")),
				ChartSeries.comparison("Riket", values("50", "60.05", "55", "65")));

		ChartTable table = chart.table(SV);

		assertThat(table.caption()).isEqualTo("Resultat per dimension");
		assertThat(table.columnHeaders()).containsExactly("Dimension", "Kommun A", "Riket");
		assertThat(table.rows()).extracting(ChartTable.Row::header).containsExactlyElementsOf(DIMENSIONS);
		assertThat(table.rows()).extracting(ChartTable.Row::cells).containsExactly(List.of("56,3", "50,0"),
				List.of("70,0", "60,1"), List.of("Inget värde", "55,0"), List.of("82,5", "65,0"));
	}

	@Test
	void refusesWhatItCannotDraw() {
		ChartSeries four = ChartSeries.own("A", values("1", "2", "3", "4"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RadarChart("T", "D", "H", List.of("A", "B"), List.of(ChartSeries.own("A", values("1", "2")))))
			.withMessageContaining("axes must hold 3..12");
		List<String> thirteen = IntStream.range(0, 13).mapToObj(Integer::toString).toList();
		assertThatIllegalArgumentException().isThrownBy(
				() -> new RadarChart("T", "D", "H", thirteen, List.of(ChartSeries.own("A", Arrays.asList(new BigDecimal[13])))));
		List<ChartSeries> nine = IntStream.range(0, 9).mapToObj((i) -> ChartSeries.comparison("S" + i, values("1", "2", "3", "4"))).toList();
		assertThatIllegalArgumentException().isThrownBy(() -> new RadarChart("T", "D", "H", DIMENSIONS, nine))
			.withMessageContaining("series must hold 1..8");
		assertThatIllegalArgumentException().isThrownBy(() -> radar(ChartSeries.own("A", values("1", "2", "3"))))
			.withMessageContaining("has 3 values for 4 axes");
		assertThatIllegalArgumentException().isThrownBy(() -> radar(four, ChartSeries.own("B", values("1", "2", "3", "4"))))
			.withMessageContaining("at most one");
		assertThatIllegalArgumentException().isThrownBy(() -> ChartSeries.own("A", values("1", "100.01")))
			.withMessageContaining("outside 0..100");
		assertThatIllegalArgumentException().isThrownBy(() -> ChartSeries.own("A", values("-0.1")));
		assertThatIllegalArgumentException().isThrownBy(() -> new RadarChart(" ", "D", "H", DIMENSIONS, List.of(four)))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> new RadarChart("T", "D", "H", List.of("A", "", "C", "D"), List.of(four)))
			.withMessageContaining("axes[1]");
		assertThatIllegalArgumentException().isThrownBy(() -> new RadarChart("T", "D", "H", DIMENSIONS, List.of()));
	}

	private static RadarChart radar(ChartSeries... series) {
		return new RadarChart("Resultat per dimension", "Poäng 0–100 per dimension.", "Dimension", DIMENSIONS,
				List.of(series));
	}

	static List<BigDecimal> values(String... values) {
		return Arrays.stream(values).map((v) -> v == null ? null : new BigDecimal(v)).toList();
	}

	private static Element seriesPolygon(ParsedSvg svg, int index) {
		return areas(svg.groups("chart-series").get(index)).get(0);
	}

	/** The polygons that draw a series' area (its markers may be polygons too). */
	private static List<Element> areas(Element series) {
		return ParsedSvg.all(series, "polygon").stream().filter((p) -> "chart-area".equals(p.getAttribute("class"))).toList();
	}

	private static List<Element> gapMarkers(Element series) {
		List<Element> markers = new ArrayList<>();
		for (Element gap : ParsedSvg.all(series, "g")) {
			if ("chart-gap".equals(gap.getAttribute("class"))) {
				markers.addAll(ParsedSvg.elements(gap.getChildNodes()));
			}
		}
		return markers;
	}

	private static double[] centre(Element marker) {
		if ("circle".equals(marker.getLocalName())) {
			return new double[] { ParsedSvg.number(marker, "cx"), ParsedSvg.number(marker, "cy") };
		}
		List<double[]> corners = ParsedSvg.points(marker);
		return new double[] { corners.stream().mapToDouble((p) -> p[0]).average().orElseThrow(),
				corners.stream().mapToDouble((p) -> p[1]).average().orElseThrow() };
	}

	/** The centre and radius of the drawn radar, read from its axes and outer ring. */
	private record Geometry(double cx, double cy, double radius, Element outerRing) {

		static Geometry of(ParsedSvg svg) {
			Element axis = svg.all("line").stream().filter((l) -> "chart-axis".equals(l.getAttribute("class"))).findFirst().orElseThrow();
			double cx = ParsedSvg.number(axis, "x1");
			double cy = ParsedSvg.number(axis, "y1");
			double radius = cy - ParsedSvg.number(axis, "y2"); // the first axis points straight up
			Element outer = svg.all("polygon").stream().filter((p) -> "chart-ring".equals(p.getAttribute("class"))).reduce((a, b) -> b).orElseThrow();
			return new Geometry(cx, cy, radius, outer);
		}

	}

}
