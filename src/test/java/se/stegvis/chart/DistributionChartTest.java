package se.stegvis.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import se.stegvis.scoring.Distribution;
import se.stegvis.scoring.IndicatorValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DistributionChartTest {

	private static final List<String> LEVELS = List.of("0 Ej planerad", "1 Planerad", "2 Påbörjad", "3 Nästan där",
			"4 Uppnådd");

	private static final ChartTexts SV = Texts.swedish();

	@Test
	void rendersAnAccessibleScalableSvgWithoutStyleOrScript() {
		DistributionChart chart = distribution(new DistributionGroup("Alla svarande", List.of(1, 3, 5, 2, 0), 2, 1));

		SvgContract.check(chart.svg("dist", SV), "dist", "Svar på indikatorn");
	}

	@Test
	void aBarPerAnswerWithItsCountWrittenBesideIt() {
		DistributionChart chart = distribution(new DistributionGroup("Alla svarande", List.of(1, 3, 6, 2, 0), 2, 1));
		ParsedSvg svg = ParsedSvg.parse(chart.svg("d", SV));

		List<String> counts = svg.all("text").stream().filter((t) -> "chart-count".equals(t.getAttribute("class")))
			.map(Element::getTextContent).toList();
		assertThat(counts).containsExactly("1", "3", "6", "2", "0", "2", "1");
		assertThat(svg.texts()).containsSubsequence("0 Ej planerad", "1 Planerad", "2 Påbörjad", "3 Nästan där",
				"4 Uppnådd", "Vet ej", "Ej relevant");

		List<Element> bars = segments(svg);
		assertThat(bars).hasSize(6); // no bar for a count of 0
		double unit = ParsedSvg.number(bars.get(0), "width");
		int[] expected = { 1, 3, 6, 2, 2, 1 };
		for (int i = 0; i < expected.length; i++) {
			assertThat(ParsedSvg.number(bars.get(i), "width")).isCloseTo(expected[i] * unit, within(0.05));
		}
		assertThat(bars).extracting((b) -> b.getAttribute("x")).containsOnly(bars.get(0).getAttribute("x"));
		assertThat(bars.subList(0, 4)).extracting((b) -> b.getAttribute("fill")).containsOnly("#1d4f91");
		assertThat(bars.subList(4, 6)).extracting((b) -> b.getAttribute("fill")).containsOnly("#505a5f");
		assertThat(bars.get(2).getTextContent()).isEqualTo("Alla svarande, 2 Påbörjad: 6");
	}

	@Test
	void groupsAreStackedWithAPatternEachAndALegend() {
		DistributionChart chart = distribution(new DistributionGroup("Ledning", List.of(0, 1, 2, 1, 0), 0, 0),
				new DistributionGroup("Medarbetare", List.of(2, 4, 3, 0, 1), 3, 1),
				new DistributionGroup("Politiker", List.of(0, 0, 1, 1, 0), 0, 2));
		ParsedSvg svg = SvgContract.check(chart.svg("grp", SV), "grp", "Svar på indikatorn");

		List<Element> patterns = svg.all("pattern");
		assertThat(patterns).extracting((p) -> p.getAttribute("id")).containsExactly("grp-fill-1", "grp-fill-2");
		List<Element> bars = segments(svg);
		assertThat(bars).extracting((b) -> b.getAttribute("fill")).containsSubsequence("#1d4f91", "url(#grp-fill-1)")
			.contains("url(#grp-fill-2)");
		// "2 Påbörjad": 2 + 3 + 1, side by side in group order.
		List<Element> pabörjad = bars.stream().filter((b) -> b.getTextContent().contains("2 Påbörjad")).toList();
		assertThat(pabörjad).hasSize(3);
		for (int i = 1; i < 3; i++) {
			assertThat(ParsedSvg.number(pabörjad.get(i), "x")).isCloseTo(
					ParsedSvg.number(pabörjad.get(i - 1), "x") + ParsedSvg.number(pabörjad.get(i - 1), "width"), within(0.02));
		}
		List<String> counts = svg.all("text").stream().filter((t) -> "chart-count".equals(t.getAttribute("class")))
			.map(Element::getTextContent).toList();
		assertThat(counts).containsExactly("2", "5", "6", "2", "1", "3", "3");
		assertThat(ParsedSvg.all(svg.groups("chart-legend").get(0), "text")).extracting(Element::getTextContent)
			.containsExactly("Ledning", "Medarbetare", "Politiker");
	}

	@Test
	void theTableHoldsTheSameCounts() {
		DistributionChart single = distribution(new DistributionGroup("Alla svarande", List.of(1, 3, 6, 2, 0), 2, 1));
		ChartTable table = single.table(SV);
		assertThat(table.columnHeaders()).containsExactly("Svar", "Alla svarande");
		assertThat(table.rows()).extracting(ChartTable.Row::header).containsExactly("0 Ej planerad", "1 Planerad",
				"2 Påbörjad", "3 Nästan där", "4 Uppnådd", "Vet ej", "Ej relevant");
		assertThat(table.rows()).extracting((r) -> r.cells().get(0)).containsExactly("1", "3", "6", "2", "0", "2", "1");

		DistributionChart stacked = distribution(new DistributionGroup("Ledning", List.of(0, 1, 2, 1, 0), 0, 0),
				new DistributionGroup("Medarbetare", List.of(2, 4, 3, 0, 1), 3, 1));
		ChartTable groups = stacked.table(SV);
		assertThat(groups.caption()).isEqualTo("Svar på indikatorn");
		assertThat(groups.columnHeaders()).containsExactly("Svar", "Ledning", "Medarbetare", "Totalt");
		assertThat(groups.rows().get(2).cells()).containsExactly("2", "3", "5");
		assertThat(groups.rows().get(5)).isEqualTo(new ChartTable.Row("Vet ej", List.of("0", "3", "3")));
	}

	@Test
	void aGroupComesStraightFromTheScoringDistribution() {
		Map<Integer, Integer> levels = new TreeMap<>(Map.of(0, 1, 1, 0, 2, 4, 3, 2, 4, 1));
		Distribution distribution = new Distribution(IndicatorValue.level(new BigDecimal("2.25")), BigDecimal.ONE, true,
				new TreeMap<>(levels), 2, 1);

		DistributionGroup group = DistributionGroup.of("Alla svarande", distribution);

		assertThat(group.levelCounts()).containsExactly(1, 0, 4, 2, 1);
		assertThat(group.counts()).containsExactly(1, 0, 4, 2, 1, 2, 1);
		assertThat(group.respondents()).isEqualTo(distribution.respondents());
	}

	@Test
	void nobodyAnsweringStillDrawsEveryRow() {
		DistributionChart chart = distribution(new DistributionGroup("Alla svarande", List.of(0, 0, 0, 0, 0), 0, 0));
		ParsedSvg svg = SvgContract.check(chart.svg("d", SV), "d", "Svar på indikatorn");

		assertThat(segments(svg)).isEmpty();
		assertThat(svg.all("text").stream().filter((t) -> "chart-count".equals(t.getAttribute("class")))).hasSize(7);
	}

	@Test
	void escapesLabels() {
		DistributionChart chart = new DistributionChart("A & <b>", "<script>x</script>", "Svar", List.of("<0>", "1 & 2"),
				List.of(new DistributionGroup("<g>", List.of(1, 2), 0, 0), new DistributionGroup("&", List.of(1, 0), 1, 0)));
		String markup = chart.svg("d", SV);
		ParsedSvg svg = ParsedSvg.parse(markup);

		assertThat(markup).doesNotContain("<script", "<b>", "<g>");
		assertThat(svg.texts()).contains("<0>", "1 & 2", "<g>", "&");
	}

	@Test
	void refusesWhatItCannotDraw() {
		assertThatIllegalArgumentException().isThrownBy(() -> distribution(new DistributionGroup("A", List.of(1, 2), 0, 0)))
			.withMessageContaining("has 2 level counts for 5 levels");
		assertThatIllegalArgumentException().isThrownBy(() -> new DistributionGroup("A", List.of(1, -1), 0, 0))
			.withMessageContaining("negative");
		assertThatIllegalArgumentException().isThrownBy(() -> new DistributionGroup("A", List.of(1), -1, 0));
		DistributionGroup g = new DistributionGroup("A", List.of(0, 0, 0, 0, 0), 0, 0);
		assertThatIllegalArgumentException().isThrownBy(() -> distribution(g, g, g, g, g, g, g))
			.withMessageContaining("groups must hold 1..6");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DistributionChart("T", "D", "Svar", List.of("0"), List.of(new DistributionGroup("A", List.of(1), 0, 0))))
			.withMessageContaining("levels");
	}

	private static DistributionChart distribution(DistributionGroup... groups) {
		return new DistributionChart("Svar på indikatorn", "Hur deltagarna svarade.", "Svar", LEVELS, List.of(groups));
	}

	private static List<Element> segments(ParsedSvg svg) {
		return svg.all("rect").stream().filter((r) -> "chart-segment".equals(r.getAttribute("class"))).toList();
	}

}
