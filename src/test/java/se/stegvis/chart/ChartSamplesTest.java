package se.stegvis.chart;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.chart.RadarChartTest.values;

/**
 * Writes sample charts to {@code target/charts/} — each as a standalone {@code .svg} and all of them
 * inline in {@code index.html} with their tables — for a person to look at in a browser at desktop and
 * phone widths (e.g. {@code chromium --headless --screenshot --window-size=390,2400 file://…}).
 */
class ChartSamplesTest {

	private static final Path DIR = Path.of("target/charts");

	private static final List<String> DIMENSIONS = List.of("Ledning", "Infrastruktur", "Kompetens", "Användning");

	@Test
	void writesSampleChartsForVisualReview() throws IOException {
		ChartTexts sv = Texts.swedish();
		Map<String, Chart> charts = new LinkedHashMap<>();
		charts.put("radar", new RadarChart("Resultat per dimension", "Poäng 0–100 per dimension för Kommun A, riket och länet.",
				"Dimension", DIMENSIONS,
				List.of(ChartSeries.own("Kommun A", values("56.25", "71.4", "38.9", "82.5")),
						ChartSeries.comparison("Riket (290 kommuner)", values("50.2", "60.8", "55.1", "64.7")),
						ChartSeries.comparison("Stockholms län", values("47.5", null, "61.3", "58.0")))));
		charts.put("radar-areas", new RadarChart("Resultat per område", "Poäng 0–100 per område för Kommun A.", "Område",
				List.of("Övergripande", "Äldreomsorg", "Individ- och familjeomsorg", "Funktionsnedsättning"),
				List.of(ChartSeries.own("Kommun A", values("62.5", "48.75", "70", null)))));
		charts.put("radar-network", network());
		charts.put("line", new LineChart("Utveckling över omgångar", "Totalpoäng 0–100 per omgång för Kommun A och riket.",
				"Omgång", List.of("2023-03", "2024-03", "2025-03", "2026-03"),
				List.of(ChartSeries.own("Kommun A", values("41.3", null, "58.75", "66.2")),
						ChartSeries.comparison("Riket", values("45", "49.5", "53.3", "57.9")),
						ChartSeries.comparison("Kommungrupp B3", values("38.2", "44.1", "50", "55.6")))));
		charts.put("line-single", new LineChart("Ledning över omgångar", "Poäng för dimensionen Ledning per omgång.",
				"Omgång", List.of("Omgång 1", "Omgång 2", "Omgång 3", "Omgång 4", "Omgång 5", "Omgång 6", "Omgång 7", "Omgång 8"),
				List.of(ChartSeries.own("Kommun A", values("20", "32.5", "41.25", "40", "55", "61.9", "70", "100")))));
		charts.put("distribution", new DistributionChart("Svar på indikatorn", "Hur 14 deltagare svarade på indikatorn.",
				"Svar", List.of("0 Ej planerad", "1 Planerad", "2 Påbörjad", "3 Nästan där", "4 Uppnådd"),
				List.of(new DistributionGroup("Alla svarande", List.of(1, 3, 5, 2, 0), 2, 1))));
		charts.put("distribution-groups", new DistributionChart("Svar per svarsgrupp",
				"Hur ledning, medarbetare och politiker svarade på indikatorn.", "Svar",
				List.of("0 Ej planerad", "1 Planerad", "2 Påbörjad", "3 Nästan där", "4 Uppnådd"),
				List.of(new DistributionGroup("Ledning", List.of(0, 1, 3, 2, 1), 0, 0),
						new DistributionGroup("Medarbetare", List.of(2, 4, 3, 1, 0), 3, 1),
						new DistributionGroup("Politiker", List.of(0, 1, 1, 1, 0), 1, 0))));

		Files.createDirectories(DIR);
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Diagram</title></head>"
				+ "<body><main>");
		for (Map.Entry<String, Chart> entry : charts.entrySet()) {
			String svg = entry.getValue().svg(entry.getKey(), sv);
			SvgContract.check(svg, entry.getKey(), entry.getValue().title());
			Files.writeString(DIR.resolve(entry.getKey() + ".svg"), svg, StandardCharsets.UTF_8);
			page.append("<h2>").append(entry.getKey()).append("</h2><div>").append(svg).append("</div>");
			page.append(html(entry.getValue().table(sv)));
		}
		page.append("</main></body></html>");
		Files.writeString(DIR.resolve("index.html"), page, StandardCharsets.UTF_8);

		assertThat(DIR.resolve("radar.svg")).exists();
		assertThat(DIR.resolve("line.svg")).exists();
		assertThat(DIR.resolve("distribution.svg")).exists();
	}

	private static RadarChart network() {
		String[] members = { "Kommun A", "Kommun B", "Kommun C", "Kommun D", "Kommun E", "Kommun F", "Kommun G", "Kommun H" };
		List<ChartSeries> series = new ArrayList<>();
		for (int m = 0; m < members.length; m++) {
			List<BigDecimal> v = new ArrayList<>();
			for (int d = 0; d < DIMENSIONS.size(); d++) {
				v.add((m == 5 && d == 2) ? null : BigDecimal.valueOf(30 + (m * 13 + d * 17) % 60));
			}
			series.add(m == 0 ? ChartSeries.own(members[m], v) : ChartSeries.comparison(members[m], v));
		}
		return new RadarChart("Nätverkets resultat", "Poäng 0–100 per dimension för nätverkets åtta kommuner.", "Dimension",
				DIMENSIONS, series);
	}

	/** The table as plain HTML, escaped as Thymeleaf would. */
	private static String html(ChartTable table) {
		StringBuilder html = new StringBuilder("<table><caption>").append(escape(table.caption())).append("</caption><tr>");
		table.columnHeaders().forEach((h) -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
		html.append("</tr>");
		for (ChartTable.Row row : table.rows()) {
			html.append("<tr><th scope=\"row\">").append(escape(row.header())).append("</th>");
			row.cells().forEach((c) -> html.append("<td>").append(escape(c)).append("</td>"));
			html.append("</tr>");
		}
		return html.append("</table>").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
