package se.stegvis.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.network.TestNetworks;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member that has not consented, has declined or has withdrawn never counts in a network comparison of an export
 * (issue 9 point 3): the JSON, XLSX and PDF agree with the summary API, and a withdrawal takes effect at once.
 * Halmstad (1380), Laholm (1381), Falkenberg (1382) and Varberg (1383) are used by no other test.
 */
@IntegrationTest
class NetworkExportsTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void exportsCountOnlyConsentingMembersAndForgetOneThatWithdraws() throws IOException {
		TestUser halmstad = this.users.orgAdmin("1380");
		TestUser laholm = this.users.orgAdmin("1381");
		TestUser falkenberg = this.users.orgAdmin("1382");
		TestUser varberg = this.users.orgAdmin("1383");
		long round = completedRound(halmstad, "1380", 4);
		completedRound(laholm, "1381", 2);
		completedRound(falkenberg, "1382", 0);
		completedRound(varberg, "1383", 0);
		long network = TestNetworks.create(this.http, halmstad, "Hallandsnätverket");
		TestNetworks.invite(this.http, halmstad, network, "1381");
		TestNetworks.invite(this.http, halmstad, network, "1382");
		TestNetworks.invite(this.http, halmstad, network, "1383");
		TestNetworks.consent(this.http, laholm, network, true);
		TestNetworks.consent(this.http, falkenberg, network, false);

		Map<?, ?> expected = network(json(halmstad, "/api/v1/assessments/" + round + "/summary"));
		assertThat(expected.get("n")).as("Halmstad and Laholm only").isEqualTo(2);
		assertThat(((Map<?, ?>) expected.get("overall")).get("mean")).isEqualTo(75.0);
		String query = "?comparison=NETWORK";
		Map<?, ?> exported = network((Map<?, ?>) json(halmstad, "/api/v1/assessments/" + round + "/export.json" + query)
			.get("summary"));
		assertThat(exported.get("n")).isEqualTo(expected.get("n"));
		assertThat(exported.get("overall")).isEqualTo(expected.get("overall"));
		assertThat(exported.get("dimensions")).isEqualTo(expected.get("dimensions"));

		String sheets = text(ExportFiles.xlsx(bytes(halmstad, "/api/v1/assessments/" + round + "/export.xlsx" + query)));
		assertThat(sheets).contains("Hallandsnätverket").doesNotContain("Falkenberg", "Varberg", "Laholm");
		String report = pdf(bytes(halmstad, "/api/v1/assessments/" + round + "/report.pdf" + query));
		assertThat(report).contains("Hallandsnätverket").doesNotContain("Falkenberg", "Varberg", "Laholm");

		TestNetworks.consent(this.http, laholm, network, false);

		Map<?, ?> after = network((Map<?, ?>) json(halmstad, "/api/v1/assessments/" + round + "/export.json" + query)
			.get("summary"));
		assertThat(after.get("n")).as("Laholm withdrew").isEqualTo(1);
		assertThat(((Map<?, ?>) after.get("overall")).get("mean")).isEqualTo(100.0);
		Map<?, ?> summaryAfter = network(json(halmstad, "/api/v1/assessments/" + round + "/summary"));
		for (String field : List.of("scope", "networkId", "label", "n", "overall", "dimensions", "areas")) {
			assertThat(after.get(field)).as(field).isEqualTo(summaryAfter.get(field));
		}
	}

	private long completedRound(TestUser admin, String code, int level) {
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	private static Map<?, ?> network(Map<?, ?> summary) {
		return ((List<?>) summary.get("comparisons")).stream()
			.map(Map.class::cast)
			.filter((c) -> "NETWORK".equals(c.get("scope")))
			.findFirst()
			.orElseThrow();
	}

	private static String text(Map<String, List<Row>> sheets) {
		return sheets.values().stream().flatMap(List::stream)
			.map((row) -> row.stream().map((cell) -> cell == null ? "" : cell.getText()).collect(Collectors.joining(";")))
			.collect(Collectors.joining("\n"));
	}

	private static String pdf(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private Map<?, ?> json(TestUser user, String path) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	private byte[] bytes(TestUser user, String path) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

}
