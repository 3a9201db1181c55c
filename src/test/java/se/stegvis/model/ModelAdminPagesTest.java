package se.stegvis.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.PageSession.Response;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system administrator's model pages over HTTP: upload a file or pasted text as a draft, every problem
 * listed when it is refused, publish and retire with Swedish answers to a step that is not allowed, and
 * nobody else may do any of it or see a draft.
 */
@IntegrationTest
class ModelAdminPagesTest {

	private static final SemanticVersion V1 = SemanticVersion.parse("1.0.0").orElseThrow();

	@Autowired
	TestUsers users;

	@Autowired
	ModelCatalog catalog;

	@Autowired
	ModelAdministration administration;

	@Test
	void anUploadedFileBecomesADraftWhosePageSaysSo() {
		TestUser admin = this.users.systemAdmin();
		PageSession session = this.users.signIn(admin);
		String key = ModelApiTest.uniqueKey();
		Response response = session.postMultipart("/modeller/ladda-upp", "file", key + ".yaml",
				TestModels.yaml(ModelApiTest.tree(key, "1.0.0")), Map.of("document", ""));
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		assertThat(response.location()).endsWith("/modeller/" + key + "/1.0.0?uppladdad");
		ModelVersionInfo stored = this.catalog.info(key, V1).orElseThrow();
		assertThat(stored.state()).isEqualTo(ModelState.DRAFT);
		assertThat(stored.createdBy()).isEqualTo(admin.username());
		String page = session.get("/modeller/" + key + "/1.0.0?uppladdad").body();
		assertThat(page).contains("Version 1.0.0 är uppladdad som utkast.", "Utkast", "Publicera version 1.0.0",
				"En publicerad version kan aldrig ändras.", "action=\"/modeller/" + key + "/1.0.0/publicera\"")
			.doesNotContain("Dra tillbaka version");
	}

	@Test
	void pastedJsonIsUploadedToo() {
		PageSession session = this.users.signIn(this.users.systemAdmin());
		String key = ModelApiTest.uniqueKey();
		String json = new String(TestModels.json(ModelApiTest.tree(key, "1.0.0")), StandardCharsets.UTF_8);
		Response response = session.post("/modeller/ladda-upp", Map.of("document", json));
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		assertThat(this.catalog.info(key, V1)).isPresent();
	}

	@Test
	void anInvalidDocumentListsEveryProblemWithItsPathKeepsTheTextAndStoresNothing() {
		PageSession session = this.users.signIn(this.users.systemAdmin());
		String key = ModelApiTest.uniqueKey();
		ObjectNode tree = ModelApiTest.tree(key, "1.0.0");
		TestModels.indicator(tree, 0).put("area", "HOME_CARE");
		TestModels.activity(tree, 1, 1).put("toLevel", 7);
		String yaml = new String(TestModels.yaml(tree), StandardCharsets.UTF_8);
		Response response = session.post("/modeller/ladda-upp", Map.of("document", yaml));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("govuk-error-summary", "Modellen har 2 fel. Ingenting har sparats.",
				"indicators[0].area: Området HOME_CARE finns inte i modellen.",
				"indicators[1].activities[1].toLevel: 7 ligger utanför skalan 0..3.", "href=\"#document\"",
				"govuk-textarea--error", "key: &quot;" + key + "&quot;");
		assertThat(this.catalog.versions(key)).isEmpty();

		Response file = session.postMultipart("/modeller/ladda-upp", "file", "modell.yaml", TestModels.yaml(tree), Map.of());
		assertThat(file.status()).isEqualTo(400);
		assertThat(file.body()).contains("Modellen har 2 fel.", "indicators[0].area: Området HOME_CARE finns inte i modellen.",
				"href=\"#file\"");
		assertThat(this.catalog.versions(key)).isEmpty();
	}

	@Test
	void aSyntaxErrorIsShownWithItsLine() {
		PageSession session = this.users.signIn(this.users.systemAdmin());
		Response response = session.post("/modeller/ladda-upp", Map.of("document", "key: trasig\ntitle: {sv: \"Trasig\"\n"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("Modellen har ett fel.", "Dokumentet går inte att läsa som YAML: fel på rad");
	}

	@Test
	void nothingChosenAndAnExistingVersionAreRefusedInSwedish() {
		PageSession session = this.users.signIn(this.users.systemAdmin());
		Response empty = session.postMultipart("/modeller/ladda-upp", "file", "", new byte[0], Map.of("document", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Välj en fil eller klistra in modellen.", "href=\"#file\"");

		String key = ModelApiTest.uniqueKey();
		byte[] yaml = TestModels.yaml(ModelApiTest.tree(key, "1.0.0"));
		assertThat(session.postMultipart("/modeller/ladda-upp", "file", "m.yaml", yaml, Map.of()).status()).isEqualTo(302);
		Response again = session.postMultipart("/modeller/ladda-upp", "file", "m.yaml", yaml, Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("Version 1.0.0 av modellen " + key + " finns redan.");
	}

	@Test
	void aDocumentAboveFiveMebibytesIsRefusedWithoutReadingIt() {
		PageSession session = this.users.signIn(this.users.systemAdmin());
		String key = ModelApiTest.uniqueKey();
		byte[] large = ModelApiTest.padded(ModelApiTest.tree(key, "1.0.0"), 5 * 1024);
		Response file = session.postMultipart("/modeller/ladda-upp", "file", "stor.yaml", large, Map.of());
		assertThat(file.status()).isEqualTo(413);
		assertThat(file.body()).contains("Dokumentet är större än 5 MiB och har inte lästs.", "href=\"#file\"");
		Response pasted = session.post("/modeller/ladda-upp", Map.of("document", new String(large, StandardCharsets.UTF_8)));
		assertThat(pasted.status()).isEqualTo(413);
		assertThat(pasted.body()).contains("Dokumentet är större än 5 MiB och har inte lästs.", "href=\"#document\"");
		assertThat(this.catalog.versions(key)).isEmpty();
	}

	@Test
	void aDraftIsPublishedAndRetiredFromItsPageAndAStepNotAllowedIs409InSwedish() {
		PageSession session = this.users.signIn(this.users.systemAdmin());
		String key = draft();
		String base = "/modeller/" + key + "/1.0.0";
		Response retireDraft = session.post(base + "/dra-tillbaka", Map.of());
		assertThat(retireDraft.status()).isEqualTo(409);
		assertThat(retireDraft.body()).contains("Version 1.0.0 av modellen " + key
				+ " kan inte dras tillbaka, eftersom dess status är Utkast.", "href=\"#dra-tillbaka\"");

		Response published = session.post(base + "/publicera", Map.of());
		assertThat(published.status()).isEqualTo(302);
		assertThat(published.location()).endsWith(base + "?publicerad");
		assertThat(this.catalog.info(key, V1).orElseThrow().state()).isEqualTo(ModelState.PUBLISHED);
		assertThat(session.get(base + "?publicerad").body()).contains("Version 1.0.0 är publicerad.",
				"Dra tillbaka version 1.0.0", "Egenvärderingar som redan använder den går fortfarande att läsa.")
			.doesNotContain("Publicera version 1.0.0");

		Response again = session.post(base + "/publicera", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("govuk-error-summary",
				"Version 1.0.0 av modellen " + key + " kan inte publiceras, eftersom dess status är Publicerad.");

		Response retired = session.post(base + "/dra-tillbaka", Map.of());
		assertThat(retired.status()).isEqualTo(302);
		assertThat(retired.location()).endsWith(base + "?tillbakadragen");
		assertThat(this.catalog.info(key, V1).orElseThrow().state()).isEqualTo(ModelState.RETIRED);
		assertThat(session.get(base + "?tillbakadragen").body()).contains("Version 1.0.0 är tillbakadragen.")
			.doesNotContain("Dra tillbaka version 1.0.0", "Publicera version 1.0.0");
		assertThat(session.post(base + "/dra-tillbaka", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void onlySystemAdministratorsMayUploadPublishOrRetire() {
		String key = draft();
		String base = "/modeller/" + key + "/1.0.0";
		PageSession orgAdmin = this.users.signIn(this.users.orgAdmin("0180"));
		assertThat(orgAdmin.get("/modeller/ladda-upp").status()).isEqualTo(403);
		String other = ModelApiTest.uniqueKey();
		byte[] yaml = TestModels.yaml(ModelApiTest.tree(other, "1.0.0"));
		assertThat(orgAdmin.postMultipart("/modeller/ladda-upp", "file", "m.yaml", yaml, Map.of()).status()).isEqualTo(403);
		assertThat(orgAdmin.post("/modeller/ladda-upp", Map.of("document", new String(yaml, StandardCharsets.UTF_8))).status())
			.isEqualTo(403);
		assertThat(orgAdmin.post(base + "/publicera", Map.of()).status()).isEqualTo(403);
		assertThat(this.catalog.versions(other)).isEmpty();
		this.administration.publish(key, V1, "test");
		assertThat(orgAdmin.post(base + "/dra-tillbaka", Map.of()).status()).isEqualTo(403);
		assertThat(this.catalog.info(key, V1).orElseThrow().state()).isEqualTo(ModelState.PUBLISHED);
		assertThat(orgAdmin.get("/modeller").body()).doesNotContain("/modeller/ladda-upp");
		assertThat(orgAdmin.get(base).body()).doesNotContain("Dra tillbaka version", "/dra-tillbaka");
	}

	@Test
	void aDraftIsHiddenFromEveryoneButSystemAdministrators() {
		String key = draft();
		String base = "/modeller/" + key + "/1.0.0";
		PageSession viewer = this.users.signIn(this.users.viewer("0180"));
		assertThat(viewer.get("/modeller").body()).doesNotContain(base).contains("/modeller/stegvis-organisation/1.0.0");
		for (String path : new String[] { base, base + "/sok?q=plan", base + "/ladda-ner.yaml", base + "/ladda-ner.json" }) {
			Response response = viewer.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Sidan finns inte");
		}
		PageSession admin = this.users.signIn(this.users.systemAdmin());
		assertThat(admin.get("/modeller").body()).contains(base, "Utkast", "href=\"/modeller/ladda-upp\"");
		assertThat(admin.get(base).status()).isEqualTo(200);
		assertThat(admin.get(base + "/ladda-ner.yaml").status()).isEqualTo(200);
		this.administration.publish(key, V1, "test");
		assertThat(viewer.get(base).status()).isEqualTo(200);
	}

	private String draft() {
		String key = ModelApiTest.uniqueKey();
		this.administration.create(TestModels.yaml(ModelApiTest.tree(key, "1.0.0")), ModelFormat.YAML, "test");
		return key;
	}

}
