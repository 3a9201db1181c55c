package se.stegvis.export;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.actionplan.TestPlans;
import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV, XLSX and JSON exports of a round, read with real readers and compared with
 * {@code GET /api/v1/assessments/{id}/summary}. Tierp (0360), Älvkarleby (0319), Knivsta (0330)
 * and Håbo (0305) are used by no other test; each plan test has an organisation of its own.
 */
@IntegrationTest
class ExportApiTest {

	static final String EVIDENCE = "https://intranat.example.se/protokoll/2026-11";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void csvAndJsonCarryTheSummarysFiguresWithCommentsAndEvidence() {
		TestUser admin = this.users.orgAdmin("0360");
		long round = completedGroupRound(admin, "0360");
		Map<?, ?> summary = json(admin, "/api/v1/assessments/" + round + "/summary");

		Map<?, ?> export = json(admin, "/api/v1/assessments/" + round + "/export.json");
		Map<?, ?> exported = (Map<?, ?>) export.get("summary");
		assertThat(exported.get("overall")).isEqualTo(summary.get("overall"));
		assertThat(exported.get("dimensions")).isEqualTo(summary.get("dimensions"));
		assertThat(exported.get("areas")).isEqualTo(summary.get("areas"));
		List<?> comparisons = (List<?>) exported.get("comparisons");
		List<?> expected = (List<?>) summary.get("comparisons");
		assertThat(comparisons).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			Map<?, ?> mine = (Map<?, ?>) comparisons.get(i);
			Map<?, ?> theirs = (Map<?, ?>) expected.get(i);
			for (String field : List.of("scope", "networkId", "label", "n", "overall", "dimensions", "areas", "computedAt")) {
				assertThat(mine.get(field)).as(field).isEqualTo(theirs.get(field));
			}
		}
		assertThat(((Map<?, ?>) export.get("round")).get("organisationName")).isEqualTo("Tierp");
		Map<Object, Object> answer = answer(export, TestRounds.GENERAL_INDICATOR);
		assertThat(answer).containsEntry("answer", "LEVEL").containsEntry("score", 75.0).containsEntry("comment",
				"Strategin beslutades i nämnden; se protokollet").containsEntry("evidenceUrl", EVIDENCE);
		List<?> items = (List<?>) export.get("actionItems");
		assertThat(items).hasSize(1);
		assertThat(((Map<?, ?>) items.get(0)).get("title")).isEqualTo("Ta fram en strategi för välfärdsteknik");

		List<List<String>> answers = ExportFiles.csv(bytes(admin, "/api/v1/assessments/" + round + "/answers.csv", "text/csv"));
		Map<String, String> row = ExportFiles.row(answers, "Indikatorns nyckel", TestRounds.GENERAL_INDICATOR);
		assertThat(row).containsEntry("Område", "Övergripande")
			.containsEntry("Poäng (0–100)", "75,0")
			.containsEntry("Svar", "3 – Nästan där")
			.containsEntry("Kommentar", "Strategin beslutades i nämnden; se protokollet")
			.containsEntry("Underlag (länk)", EVIDENCE);
		Map<String, String> dontKnow = ExportFiles.row(answers, "Indikatorns nyckel", TestRounds.OTHER_GENERAL_INDICATOR);
		assertThat(dontKnow).containsEntry("Svar", "Vet ej").containsEntry("Poäng (0–100)", "");
		int indicators = ((List<?>) export.get("answers")).size();
		assertThat(answers).hasSize(indicators + 1);

		List<List<String>> plan = ExportFiles.csv(bytes(admin, "/api/v1/assessments/" + round + "/action-items.csv", "text/csv"));
		assertThat(plan).hasSize(2);
		assertThat(ExportFiles.row(plan, "Åtgärd", "Ta fram en strategi för välfärdsteknik")).containsEntry("Prioritet", "Hög")
			.containsEntry("Status", "Ej påbörjad")
			.containsEntry("Klart senast", "2027-06-30")
			.containsEntry("Ansvarig", "Socialchef");
	}

	@Test
	void xlsxHoldsAnswersScoresComparisonsAndPlanWithNumbersAsNumbers() {
		TestUser admin = this.users.orgAdmin("0319");
		long round = completedGroupRound(admin, "0319");
		Map<?, ?> summary = json(admin, "/api/v1/assessments/" + round + "/summary");

		Map<String, List<Row>> sheets = ExportFiles.xlsx(bytes(admin, "/api/v1/assessments/" + round + "/export.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

		assertThat(sheets).containsOnlyKeys("Svar", "Poäng", "Jämförelser", "Handlingsplan");
		List<Row> answers = sheets.get("Svar");
		List<String> headers = ExportFiles.headers(answers);
		int key = headers.indexOf("Indikatorns nyckel");
		int score = headers.indexOf("Poäng (0–100)");
		int comment = headers.indexOf("Kommentar");
		Row general = answers.stream().filter((r) -> TestRounds.GENERAL_INDICATOR.equals(r.getCellText(key))).findFirst().orElseThrow();
		assertThat(general.getCell(score).getType()).isEqualTo(CellType.NUMBER);
		assertThat(general.getCellAsNumber(score).orElseThrow()).isEqualByComparingTo("75");
		assertThat(general.getCellText(comment)).isEqualTo("Strategin beslutades i nämnden; se protokollet");

		List<Row> scores = sheets.get("Poäng");
		Row overall = scores.get(1);
		assertThat(overall.getCellText(0)).isEqualTo("Totalt");
		assertThat(overall.getCell(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(overall.getCellAsNumber(3).orElseThrow())
			.isEqualByComparingTo(BigDecimal.valueOf(((Number) ((Map<?, ?>) summary.get("overall")).get("score")).doubleValue()));

		List<Row> comparisons = sheets.get("Jämförelser");
		assertThat(ExportFiles.headers(comparisons)).contains("Jämförelsegrupp", "Antal (n)", "Medelvärde", "Beräknad");
		Map<?, ?> national = ((List<?>) summary.get("comparisons")).stream().map(Map.class::cast)
			.filter((c) -> "NATIONAL".equals(c.get("scope"))).findFirst().orElseThrow();
		Row nationalOverall = comparisons.stream().filter((r) -> national.get("label").equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(nationalOverall.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(national.get("n"));
		Object mean = ((Map<?, ?>) national.get("overall")).get("mean");
		if (mean == null) {
			assertThat(nationalOverall.getCellText(7)).isEmpty();
		}
		else {
			assertThat(nationalOverall.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(((Number) mean).doubleValue()));
		}

		List<Row> plan = sheets.get("Handlingsplan");
		assertThat(plan).hasSize(2);
		assertThat(plan.get(1).getCellText(0)).isEqualTo("Ta fram en strategi för välfärdsteknik");
	}

	@Test
	void individualRoundsExportTheDistributionOnlyToOrgAdmins() {
		TestUser admin = this.users.orgAdmin("0330");
		TestUser participant = this.users.participant("0330");
		TestUser viewer = this.users.viewer("0330");
		long round = TestRounds.individual(this.http, admin, "0330");
		TestRounds.addParticipant(this.http, admin, round, admin, "Ledning");
		TestRounds.addParticipant(this.http, admin, round, participant, "Medarbetare");
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, participant, round, TestRounds.GENERAL_INDICATOR, Map.of("answer", "LEVEL", "level", 4,
				"comment", "Planen följs upp varje år", "evidenceUrl", "https://example.se/uppfoljning"));

		List<List<String>> forAdmin = ExportFiles.csv(bytes(admin, "/api/v1/assessments/" + round + "/answers.csv", "text/csv"));
		Map<String, String> row = ExportFiles.row(forAdmin, "Indikatorns nyckel", TestRounds.GENERAL_INDICATOR);
		assertThat(row).containsEntry("Nivå", "2,5")
			.containsEntry("Svar", "Medelvärde 2,5")
			.containsEntry("Antal på nivå 1", "1")
			.containsEntry("Antal på nivå 4", "1")
			.containsEntry("Spridning (standardavvikelse)", "1,5")
			.containsEntry("Behöver diskuteras", "Ja")
			.containsEntry("Deltagarnas kommentarer",
					"Medarbetare (4 – Uppnådd): Planen följs upp varje år – https://example.se/uppfoljning");
		Map<Object, Object> forAdminJson = answer(json(admin, "/api/v1/assessments/" + round + "/export.json"),
				TestRounds.GENERAL_INDICATOR);
		assertThat(forAdminJson.get("distribution").toString()).contains("respondentGroup=Medarbetare",
				"comment=Planen följs upp varje år").doesNotContain(participant.username(), participant.displayName());

		List<List<String>> forViewer = ExportFiles.csv(bytes(viewer, "/api/v1/assessments/" + round + "/answers.csv", "text/csv"));
		assertThat(forViewer.get(0)).doesNotContain("Antal på nivå 1", "Behöver diskuteras", "Deltagarnas kommentarer");
		assertThat(ExportFiles.row(forViewer, "Indikatorns nyckel", TestRounds.GENERAL_INDICATOR)).containsEntry("Nivå", "2,5");
		Map<Object, Object> answer = answer(json(viewer, "/api/v1/assessments/" + round + "/export.json"),
				TestRounds.GENERAL_INDICATOR);
		assertThat(answer.get("distribution")).isNull();
	}

	@Test
	void anotherOrganisationsRoundAndAnUnknownRoundAreNotFound() {
		TestUser admin = this.users.orgAdmin("0360");
		long round = TestRounds.group(this.http, admin, "0360");
		TestUser outsider = this.users.orgAdmin("0305");
		for (String file : List.of("report.pdf", "summary.pdf", "export.xlsx", "answers.csv", "action-items.csv", "export.json")) {
			this.http.get().uri("/api/v1/assessments/{id}/" + file, round).headers(outsider.bearer()).exchange()
				.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
			this.http.get().uri("/api/v1/assessments/{id}/" + file, 987654321L).headers(admin.bearer()).exchange()
				.expectStatus().isNotFound();
		}
	}

	@Test
	void anUnknownComparisonIsABadRequest() {
		TestUser admin = this.users.orgAdmin("0360");
		long round = TestRounds.group(this.http, admin, "0360");
		this.http.get().uri("/api/v1/assessments/{id}/export.xlsx?comparison=GALAXY", round).headers(admin.bearer()).exchange()
			.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/** A completed GROUP round with a comment and evidence, a "Vet ej", and one action item; its id. */
	long completedGroupRound(TestUser admin, String code) {
		long round = TestRounds.group(this.http, admin, code);
		Map<String, Object> body = new HashMap<>();
		body.put("answer", "LEVEL");
		body.put("level", 3);
		body.put("comment", "Strategin beslutades i nämnden; se protokollet");
		body.put("evidenceUrl", EVIDENCE);
		this.http.put().uri("/api/v1/assessments/{id}/answers/{key}", round, TestRounds.GENERAL_INDICATOR)
			.headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isOk();
		this.http.put().uri("/api/v1/assessments/{id}/answers/{key}", round, TestRounds.OTHER_GENERAL_INDICATOR)
			.headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "DONT_KNOW")).exchange()
			.expectStatus().isOk();
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, 1);
		TestPlans.item(this.http, admin, round, TestPlans.body("Ta fram en strategi för välfärdsteknik", TestRounds.GENERAL_INDICATOR));
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	@SuppressWarnings("unchecked")
	static Map<Object, Object> answer(Map<?, ?> export, String indicatorKey) {
		return ((List<?>) export.get("answers")).stream()
			.map((a) -> (Map<Object, Object>) a)
			.filter((a) -> indicatorKey.equals(a.get("indicatorKey")))
			.findFirst()
			.orElseThrow();
	}

	Map<?, ?> json(TestUser user, String path) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	byte[] bytes(TestUser user, String path, String contentType) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(contentType)
			.expectHeader().valueMatches("Content-Disposition", "attachment; filename=.*")
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

}
