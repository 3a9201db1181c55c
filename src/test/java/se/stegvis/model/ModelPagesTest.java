package se.stegvis.model;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.model.internal.ModelDocuments;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model pages: the list with states, one version with its scale, areas → dimensions → indicators with
 * help, level descriptors and activities, free-text search that treats å, ä and ö as letters of their own,
 * and downloads that read back as the same model.
 */
@IntegrationTest
class ModelPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	ModelAdministration administration;

	@Autowired
	ModelCatalog catalog;

	private String key;

	@BeforeEach
	void signIn() {
		String session = this.users.signIn(this.users.viewer("0180")).sessionId();
		this.http = this.http.mutate().defaultCookie("SESSION", session).build();
	}

	@BeforeEach
	void uploadTheTestModel() {
		this.key = ModelApiTest.uniqueKey();
		this.administration.create(TestModels.yaml(TestModels.tree().put("key", this.key)), ModelFormat.YAML, "test");
		this.administration.publish(this.key, SemanticVersion.parse("1.0.0").orElseThrow(), "test");
	}

	@Test
	void theListShowsEveryModelWithItsVersionsAndStates() {
		assertThat(page("/modeller")).contains("<h1 class=\"govuk-heading-l\">Bedömningsmodeller</h1>",
				"Digital mognad i hela organisationen", "href=\"/modeller/stegvis-organisation/1.0.0\"", "Publicerad",
				"href=\"/modeller/" + this.key + "/1.0.0\"");
	}

	@Test
	void aVersionShowsScaleAreasDimensionsIndicatorsAndActivities() {
		String html = page("/modeller/" + this.key + "/1.0.0");
		assertThat(html).contains("Bedömningsmodell, version 1.0.0", "Testmodell för äldreomsorg och IFO",
				"Ej påbörjad", "Det är en självklar del av arbetet.", "Äldreomsorg", "Individ- och familjeomsorg",
				"id=\"omrade-ELDERLY_CARE\"", "id=\"indikator-ELD-LEAD-STRATEGY\"", "<details",
				"Ledningen för äldreomsorgen har en plan för digitaliseringen.",
				"En plan gör att satsningarna drar åt samma håll.", "Planen är beslutad och följs upp varje år.",
				"Skriv ett utkast till plan", "Från nivå 0 till 1", "Insats: medel", "Om ni svarar Vet ej",
				"Omvänd", "Föregångare", "Förmåga minst 75", "Användning över 50", "Totalt resultat under 50",
				"Gäller när ingen profil före den gäller.", "ladda-ner.yaml", "ladda-ner.json");
		assertThat(html.indexOf("Äldreomsorg")).isLessThan(html.indexOf("Individ- och familjeomsorg"));
	}

	@Test
	void aVersionIsReadableInEnglish() {
		assertThat(page("/modeller/" + this.key + "/1.0.0?lang=en")).contains("Assessment model, version 1.0.0",
				"Test model for elderly care and social services", "The management of elderly care has a plan",
				"Suggested activities", "Effort: medium");
	}

	@Test
	void pagesStaySwedishWhateverLanguageTheBrowserAsksFor() {
		byte[] body = this.http.get().uri("/modeller").accept(MediaType.TEXT_HTML).header("Accept-Language", "en")
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("<html lang=\"sv\"", "Bedömningsmodeller");
	}

	@Test
	void theBuiltInOrganisationModelIsBrowsable() {
		assertThat(page("/modeller/stegvis-organisation/1.0.0")).contains("Digital mognad i hela organisationen",
				"Instämmer helt", "Vägvisare", "Digital förmåga minst 50");
	}

	@Test
	void searchFindsIndicatorsAndActivitiesIgnoringCaseButNotSwedishLetters() {
		String base = "/modeller/" + this.key + "/1.0.0/sok?q=";
		assertThat(page(base + "ÄLDRE")).contains("2 träffar för ”ÄLDRE”", "Ledningen för äldreomsorgen",
				"Den som vill kan få nattillsyn med kamera.", "Erbjud alla äldre kameratillsyn",
				"href=\"/modeller/" + this.key + "/1.0.0#indikator-ELD-LEAD-STRATEGY\"");
		assertThat(page(base + "aldre")).contains("Inga träffar för ”aldre”", "Inga indikatorer eller åtgärdsförslag");
		assertThat(page(base + "öppenvård")).contains("1 träff", "Cheferna vet vad digitala tjänster kan ge brukarna.",
				"Utbilda cheferna");
		assertThat(page(base + "kamera rutin")).contains("1 träff", "Gör kameratillsyn till en rutin");
		assertThat(page("/modeller/" + this.key + "/1.0.0/sok")).doesNotContain("träff");
	}

	@Test
	void aDecomposedLetterIsTheSameLetter() {
		byte[] body = this.http.get().uri("/modeller/{key}/1.0.0/sok?q={q}", this.key, "a\u0308LDRE")
			.accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("2 träffar", "Erbjud alla äldre kameratillsyn");
	}

	@Test
	void downloadsAreAttachmentsThatReadAsTheSameModel() {
		for (ModelFormat format : ModelFormat.values()) {
			byte[] body = this.http.get().uri("/modeller/" + this.key + "/1.0.0/ladda-ner." + format.extension()).exchange()
				.expectStatus().isOk()
				.expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(format.mediaType()))
				.expectHeader().valueEquals("Content-Disposition",
						"attachment; filename=\"" + this.key + "-1.0.0." + format.extension() + "\"")
				.expectBody(byte[].class).returnResult().getResponseBody();
			assertThat(new ModelDocuments().read(body, format))
				.isEqualTo(this.catalog.find(this.key, "1.0.0").orElseThrow());
		}
	}

	@Test
	void anUnknownVersionIsTheSwedish404Page() {
		String html = this.http.get().uri("/modeller/" + this.key + "/7.0.0").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("Sidan finns inte");
		this.http.get().uri("/modeller/finns-inte/1.0.0/sok?q=x").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isNotFound();
	}

	private String page(String path) {
		PageSession.Response response = this.users.signIn(this.users.viewer("0180")).get(path);
		assertThat(response.status()).as("GET %s", path).isEqualTo(200);
		assertThat(response.headers().getContentType()).isNotNull();
		assertThat(response.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		return response.body();
	}

}
