package se.stegvis.export;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloads for signed-in browsers: links on the summary page and the model version page, and the files behind
 * them with a session (the API takes tokens only). Gnesta (0461) is used by no other test.
 */
@IntegrationTest
class ExportPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void theSummaryPageLinksEveryFileOfTheRoundWithTheChosenComparison() {
		TestUser admin = this.users.orgAdmin("0461");
		long round = TestRounds.group(this.http, admin, "0461");
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 2);
		PageSession viewer = this.users.signIn(this.users.viewer("0461"));

		String html = viewer.get("/omgangar/" + round + "/sammanfattning?jamforelse=lanet").body();

		String base = "/omgangar/" + round + "/ladda-ner/";
		assertThat(html).contains("id=\"downloads\"", base + "rapport.pdf?jamforelse=lanet",
				base + "sammanfattning.pdf?jamforelse=lanet", base + "omgang.xlsx?jamforelse=lanet", base + "svar.csv",
				base + "atgarder.csv");
		PageSession.Response csv = viewer.get(base + "svar.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFOmråde;Dimension;Indikatorns nyckel");
		for (String file : new String[] { "rapport.pdf", "sammanfattning.pdf", "omgang.xlsx?jamforelse=lanet", "atgarder.csv" }) {
			PageSession.Response response = viewer.get(base + file);
			assertThat(response.status()).as(file).isEqualTo(200);
			assertThat(response.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).as(file).startsWith("attachment");
		}
	}

	@Test
	void anotherOrganisationsDownloadIsNotFound() {
		TestUser admin = this.users.orgAdmin("0461");
		long round = TestRounds.group(this.http, admin, "0461");
		PageSession outsider = this.users.signIn(this.users.orgAdmin("0305"));
		assertThat(outsider.get("/omgangar/" + round + "/ladda-ner/svar.csv").status()).isEqualTo(404);
		assertThat(outsider.get("/omgangar/987654321/ladda-ner/rapport.pdf").status()).isEqualTo(404);
	}

	@Test
	void theModelVersionPageOffersTheBlankQuestionnaire() {
		PageSession viewer = this.users.signIn(this.users.viewer("0461"));
		String base = "/modeller/" + TestRounds.MODEL + "/1.0.0";

		assertThat(viewer.get(base).body()).contains(base + "/fragor.pdf", base + "/fragor.xlsx");
		PageSession.Response pdf = viewer.get(base + "/fragor.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
		assertThat(viewer.get(base + "/fragor.xlsx").status()).isEqualTo(200);
		assertThat(viewer.get("/modeller/" + TestRounds.MODEL + "/9.9.9/fragor.pdf").status()).isEqualTo(404);
	}

}
