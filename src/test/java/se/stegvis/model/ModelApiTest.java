package se.stegvis.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/models}: upload as YAML or JSON, download as either, the round trip, 400 with every error,
 * 409 on an existing version, publish and retire, and the versioning rules through the API.
 * Writes need a system administrator; drafts are theirs alone to see.
 */
@IntegrationTest
class ModelApiTest {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@BeforeEach
	void signInAsSystemAdministrator() {
		this.http = this.users.systemAdmin().api(this.http);
	}

	@Autowired
	ModelCatalog catalog;

	@Test
	void theBuiltInOrganisationModelIsPublishedAtStart() {
		this.http.get().uri("/api/v1/models").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.key == 'stegvis-organisation')].versions[0].version").isEqualTo(List.of("1.0.0"))
			.jsonPath("$[?(@.key == 'stegvis-organisation')].versions[0].state").isEqualTo(List.of("PUBLISHED"))
			.jsonPath("$[?(@.key == 'stegvis-organisation')].title.sv").isEqualTo(List.of("Digital mognad i hela organisationen"));
		assertThat(this.catalog.latestPublished("stegvis-organisation").orElseThrow().indicators()).hasSize(36);
	}

	@Test
	void postCreatesADraftWithItsLocation() {
		String key = uniqueKey();
		this.http.post().uri("/api/v1/models").contentType(YAML).body(TestModels.yaml(tree(key, "1.0.0"))).exchange()
			.expectStatus().isCreated()
			.expectHeader().location("/api/v1/models/" + key + "/versions/1.0.0")
			.expectBody()
			.jsonPath("$.key").isEqualTo(key)
			.jsonPath("$.version").isEqualTo("1.0.0")
			.jsonPath("$.state").isEqualTo("DRAFT")
			.jsonPath("$.title.sv").isEqualTo("Testmodell för äldreomsorg och IFO");
		this.http.get().uri("/api/v1/models/" + key + "/versions/1.0.0").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Stegvis-Model-State", "DRAFT");
	}

	@Test
	void whatGetReturnsPostAcceptsAsTheSameModelInJsonAndYaml() {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		byte[] json = this.http.get().uri("/api/v1/models/" + key + "/versions/1.0.0").accept(MediaType.APPLICATION_JSON)
			.exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class).returnResult().getResponseBody();
		post(replaceVersion(json, "1.0.0", "1.0.1"), MediaType.APPLICATION_JSON);
		byte[] yaml = this.http.get().uri("/api/v1/models/" + key + "/versions/1.0.0").accept(YAML)
			.exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(YAML)
			.expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(new String(yaml, StandardCharsets.UTF_8)).startsWith("key: \"" + key + "\"");
		post(replaceVersion(yaml, "1.0.0", "1.0.2"), YAML);
		AssessmentModel original = this.catalog.find(key, "1.0.0").orElseThrow();
		assertThat(this.catalog.find(key, "1.0.1").orElseThrow().withVersion(original.version())).isEqualTo(original);
		assertThat(this.catalog.find(key, "1.0.2").orElseThrow().withVersion(original.version())).isEqualTo(original);
		byte[] again = this.http.get().uri("/api/v1/models/" + key + "/versions/1.0.1").exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(new String(again, StandardCharsets.UTF_8))
			.isEqualTo(new String(json, StandardCharsets.UTF_8).replace("\"1.0.0\"", "\"1.0.1\""));
	}

	@Test
	void anInvalidModelIs400WithEveryErrorInSwedishAndNothingIsStored() {
		String key = uniqueKey();
		ObjectNode tree = tree(key, "1.0.0");
		TestModels.indicator(tree, 0).put("area", "HOME_CARE");
		TestModels.activity(tree, 1, 1).put("toLevel", 7);
		this.http.post().uri("/api/v1/models").contentType(MediaType.APPLICATION_JSON).body(TestModels.json(tree)).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("Modellen har 2 fel. Ingenting har sparats. Se listan errors.")
			.jsonPath("$.errors[0].field").isEqualTo("indicators[0].area")
			.jsonPath("$.errors[0].message").isEqualTo("Området HOME_CARE finns inte i modellen.")
			.jsonPath("$.errors[1].field").isEqualTo("indicators[1].activities[1].toLevel")
			.jsonPath("$.errors[1].message").isEqualTo("7 ligger utanför skalan 0..3.");
		this.http.get().uri("/api/v1/models/" + key + "/versions/1.0.0").exchange().expectStatus().isNotFound();
		assertThat(this.catalog.versions(key)).isEmpty();
	}

	@Test
	void errorsAreInEnglishWithAcceptLanguageEnglish() {
		ObjectNode tree = tree(uniqueKey(), "1.0.0");
		TestModels.activity(tree, 1, 1).put("toLevel", 7);
		this.http.post().uri("/api/v1/models").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-GB,en;q=0.9")
			.body(TestModels.json(tree)).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.detail").isEqualTo("The model has one problem. Nothing was saved. See the list errors.")
			.jsonPath("$.errors[0].message").isEqualTo("7 is outside the scale 0..3.");
	}

	@Test
	void aSyntaxErrorIsOneErrorOnTheBody() {
		this.http.post().uri("/api/v1/models").contentType(YAML)
			.body("key: trasig\ntitle: {sv: \"Trasig\"\n".getBytes(StandardCharsets.UTF_8)).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].field").isEqualTo("body")
			.jsonPath("$.errors[0].message").value((String m) -> assertThat(m).startsWith("Dokumentet går inte att läsa som YAML: fel på rad"));
	}

	@Test
	void anExistingVersionIs409() {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		this.http.post().uri("/api/v1/models").contentType(YAML).body(TestModels.yaml(tree(key, "1.0.0"))).exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("Version 1.0.0 av modellen " + key + " finns redan. Ladda upp ändringen som en ny version.");
	}

	@Test
	void anotherContentTypeIs415() {
		this.http.post().uri("/api/v1/models").contentType(MediaType.TEXT_PLAIN).body("key: x").exchange()
			.expectStatus().isEqualTo(415);
	}

	@Test
	void aDraftIsPublishedOnceAndRetiredOnce() {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.0.0/retire").exchange().expectStatus().isEqualTo(409);
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.0.0/publish").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("PUBLISHED").jsonPath("$.publishedAt").isNotEmpty();
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.0.0/publish").exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").isEqualTo("Version 1.0.0 av modellen " + key
					+ " är PUBLISHED och kan inte publiceras. Bara ett utkast (DRAFT) kan publiceras.");
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.0.0/retire").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("RETIRED").jsonPath("$.retiredAt").isNotEmpty();
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.0.0/retire").exchange().expectStatus().isEqualTo(409);
		this.http.post().uri("/api/v1/models/" + key + "/versions/9.9.9/publish").exchange().expectStatus().isNotFound();
	}

	@Test
	void aRetiredVersionIsHiddenFromNewRoundsButStaysReadable() {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		publish(key, "1.0.0");
		post(TestModels.yaml(tree(key, "1.1.0")), YAML);
		publish(key, "1.1.0");
		assertThat(this.catalog.latestPublished(key).orElseThrow().version()).hasToString("1.1.0");
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.1.0/retire").exchange().expectStatus().isOk();
		assertThat(this.catalog.latestPublished(key).orElseThrow().version()).hasToString("1.0.0");
		assertThat(this.catalog.latestPublished(key, 1).orElseThrow().version()).hasToString("1.0.0");
		assertThat(this.catalog.publishedVersions()).filteredOn((v) -> v.key().equals(key))
			.extracting((v) -> v.version().toString()).containsExactly("1.0.0");
		assertThat(this.catalog.find(key, "1.1.0")).isPresent();
		this.http.get().uri("/api/v1/models/" + key + "/versions/1.1.0").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("Stegvis-Model-State", "RETIRED");
	}

	@Test
	void aMinorVersionThatChangesMoreThanTextsIs400() {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		publish(key, "1.0.0");
		ObjectNode changed = tree(key, "1.1.0");
		TestModels.indicator(changed, 1).put("dimension", "USE");
		this.http.post().uri("/api/v1/models").contentType(MediaType.APPLICATION_JSON).body(TestModels.json(changed)).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("indicators[1].dimension")
			.jsonPath("$.errors[0].message").isEqualTo("Värdet USE skiljer sig från INFRASTRUCTURE i version 1.0.0. "
					+ "En ny minor- eller patchversion får bara ändra texter och aktiviteter.");
		ObjectNode reworded = tree(key, "1.1.0");
		((ObjectNode) TestModels.indicator(reworded, 1).get("text")).put("sv", "Alla boenden har wifi i hela huset.");
		post(TestModels.json(reworded), MediaType.APPLICATION_JSON);
	}

	@Test
	void aNewMajorVersionNeedsLineageToThePreviousMajor() {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		publish(key, "1.0.0");
		ObjectNode withoutLineage = tree(key, "2.0.0");
		TestModels.indicator(withoutLineage, 3).put("key", "IFO-USE-PRINT");
		this.http.post().uri("/api/v1/models").contentType(MediaType.APPLICATION_JSON).body(TestModels.json(withoutLineage)).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("lineage")
			.jsonPath("$.errors[0].message").value((String m) -> assertThat(m).startsWith("Indikatorn IFO-USE-PAPER i version 1.0.0"));
		post(TestModels.json(VersionRulesTest.renamed(tree(key, "2.0.0"))), MediaType.APPLICATION_JSON);
		publish(key, "2.0.0");
		AssessmentModel v2 = this.catalog.latestPublished(key).orElseThrow();
		assertThat(v2.lineage()).extracting(LineageLink::kind).containsExactly(LineageKind.RENAMED, LineageKind.REMOVED);
		assertThat(this.catalog.latestPublished(key, 1).orElseThrow().indicator("IFO-USE-PAPER")).isPresent();
	}

	@Test
	void anUnknownVersionIsProblem404() {
		this.http.get().uri("/api/v1/models/stegvis-organisation/versions/9.0.0").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("Det finns ingen version 9.0.0 av modellen stegvis-organisation.");
		this.http.get().uri("/api/v1/models/stegvis-organisation/versions/senaste").exchange().expectStatus().isNotFound();
	}

	private void post(byte[] body, MediaType type) {
		this.http.post().uri("/api/v1/models").contentType(type).body(body).exchange().expectStatus().isCreated();
	}

	private void publish(String key, String version) {
		this.http.post().uri("/api/v1/models/" + key + "/versions/" + version + "/publish").exchange().expectStatus().isOk();
	}

	static ObjectNode tree(String key, String version) {
		ObjectNode tree = TestModels.tree(version);
		tree.put("key", key);
		return tree;
	}

	private static byte[] replaceVersion(byte[] document, String from, String to) {
		String text = new String(document, StandardCharsets.UTF_8);
		assertThat(text).contains("\"" + from + "\"");
		return text.replace("\"" + from + "\"", "\"" + to + "\"").getBytes(StandardCharsets.UTF_8);
	}

	static String uniqueKey() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void onlySystemAdministratorsMayCreatePublishOrRetire(@Autowired RestTestClient anonymous) {
		String key = uniqueKey();
		RestTestClient orgAdmin = this.users.orgAdmin("0180").api(anonymous);
		orgAdmin.post().uri("/api/v1/models").contentType(YAML).body(TestModels.yaml(tree(key, "1.0.0"))).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		anonymous.post().uri("/api/v1/models").contentType(YAML).body(TestModels.yaml(tree(key, "1.0.0"))).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post().uri("/api/v1/models").contentType(YAML).body(TestModels.yaml(tree(key, "1.0.0"))).exchange()
			.expectStatus().isCreated();
		orgAdmin.post().uri("/api/v1/models/" + key + "/versions/1.0.0/publish").exchange().expectStatus().isForbidden();
		this.http.post().uri("/api/v1/models/" + key + "/versions/1.0.0/publish").exchange().expectStatus().isOk();
		orgAdmin.post().uri("/api/v1/models/" + key + "/versions/1.0.0/retire").exchange().expectStatus().isForbidden();
		assertThat(this.catalog.info(key, SemanticVersion.parse("1.0.0").orElseThrow()).orElseThrow().state())
			.isEqualTo(ModelState.PUBLISHED);
	}

	@Test
	void theUploaderIsTheSignedInAdministrator() {
		TestUser admin = this.users.systemAdmin();
		String key = uniqueKey();
		admin.api(this.http).post().uri("/api/v1/models").contentType(YAML).body(TestModels.yaml(tree(key, "1.0.0")))
			.exchange().expectStatus().isCreated();
		assertThat(this.catalog.versions(key)).extracting(ModelVersionInfo::createdBy).containsExactly(admin.username());
	}

	@Test
	void draftsAreListedAndServedToSystemAdministratorsOnly(@Autowired RestTestClient anonymous) {
		String key = uniqueKey();
		post(TestModels.yaml(tree(key, "1.0.0")), YAML);
		RestTestClient viewer = this.users.viewer("0180").api(anonymous);
		viewer.get().uri("/api/v1/models").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[?(@.key == '" + key + "')]").isEmpty()
			.jsonPath("$[?(@.key == 'stegvis-organisation')]").isNotEmpty();
		viewer.get().uri("/api/v1/models/" + key + "/versions/1.0.0").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("Det finns ingen version 1.0.0 av modellen " + key + ".");
		this.http.get().uri("/api/v1/models").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[?(@.key == '" + key + "')].versions[0].state").isEqualTo(List.of("DRAFT"));
		this.http.get().uri("/api/v1/models/" + key + "/versions/1.0.0").exchange().expectStatus().isOk();
		publish(key, "1.0.0");
		viewer.get().uri("/api/v1/models/" + key + "/versions/1.0.0").exchange().expectStatus().isOk();
		viewer.get().uri("/api/v1/models").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[?(@.key == '" + key + "')].versions[0].state").isEqualTo(List.of("PUBLISHED"));
	}

	@Test
	void aDocumentAboveFiveMebibytesIs413AndNothingIsStored() {
		String key = uniqueKey();
		this.http.post().uri("/api/v1/models").contentType(YAML).body(padded(tree(key, "1.0.0"), 5 * 1024)).exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value((String d) -> assertThat(d).startsWith("Dokumentet är större än 5 MiB"));
		assertThat(this.catalog.versions(key)).isEmpty();
		post(padded(tree(key, "1.0.0"), 4 * 1024), YAML);
	}

	/** The model in YAML after {@code kibibytes} lines of comment of 1 KiB each. */
	static byte[] padded(ObjectNode tree, int kibibytes) {
		String comment = ("# " + "x".repeat(1021) + "\n").repeat(kibibytes);
		return (comment + new String(TestModels.yaml(tree), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
	}

}
