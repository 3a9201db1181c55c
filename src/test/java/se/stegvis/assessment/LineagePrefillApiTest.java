package se.stegvis.assessment;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.model.TestModels;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

/**
 * Prefill across major versions through lineage: RENAMED carries 1:1, MERGED only where the sources agree,
 * an unchanged key carries as it is.
 */
@IntegrationTest
class LineagePrefillApiTest {

	private static final String CODE = "1487";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void answersFollowLineageIntoTheNextMajorVersion() {
		String key = "lineage-" + UUID.randomUUID().toString().substring(0, 8);
		publish(key, TestModels.tree("1.0.0"));
		publish(key, secondMajor());
		TestUser admin = this.users.orgAdmin(CODE);
		long agreeing = round(admin, key, "1.0.0", false);
		TestRounds.answer(this.http, admin, agreeing, "ELD-LEAD-STRATEGY", 3);
		TestRounds.answer(this.http, admin, agreeing, "ELD-INF-WIFI", 2);
		TestRounds.answer(this.http, admin, agreeing, "ELD-USE-NIGHT-CAMERA", 2);
		TestRounds.answer(this.http, admin, agreeing, "IFO-USE-PAPER", 1);
		TestRounds.complete(this.http, admin, agreeing);
		long next = round(admin, key, "2.0.0", true);
		this.http.get().uri("/api/v1/assessments/{id}/answers", next).headers(admin.bearer()).exchange()
			.expectBody()
			.jsonPath(at("ELD-LEAD-PLAN") + ".level").isEqualTo(3)
			.jsonPath(at("ELD-LEAD-PLAN") + ".carriedOver").isEqualTo(true)
			.jsonPath(at("ELD-INF-TECH") + ".level").isEqualTo(2)
			.jsonPath(at("IFO-USE-PAPER") + ".level").isEqualTo(1);
		long disagreeing = round(admin, key, "1.0.0", false);
		TestRounds.answer(this.http, admin, disagreeing, "ELD-INF-WIFI", 1);
		TestRounds.answer(this.http, admin, disagreeing, "ELD-USE-NIGHT-CAMERA", 3);
		TestRounds.complete(this.http, admin, disagreeing);
		long after = round(admin, key, "2.0.0", true);
		this.http.get().uri("/api/v1/assessments/{id}/answers", after).headers(admin.bearer()).exchange()
			.expectBody()
			.jsonPath(at("ELD-INF-TECH") + ".version").isEqualTo(0)
			.jsonPath(at("ELD-INF-TECH") + ".carriedOver").isEqualTo(false);
	}

	/** Version 2.0.0: ELD-LEAD-STRATEGY renamed ELD-LEAD-PLAN; ELD-INF-WIFI and ELD-USE-NIGHT-CAMERA merged into ELD-INF-TECH. */
	private static ObjectNode secondMajor() {
		ObjectNode tree = TestModels.tree("2.0.0");
		ArrayNode indicators = (ArrayNode) tree.get("indicators");
		for (int i = indicators.size() - 1; i >= 0; i--) {
			ObjectNode indicator = (ObjectNode) indicators.get(i);
			switch (indicator.get("key").asString()) {
				case "ELD-LEAD-STRATEGY" -> indicator.put("key", "ELD-LEAD-PLAN");
				case "ELD-INF-WIFI" -> indicator.put("key", "ELD-INF-TECH");
				case "ELD-USE-NIGHT-CAMERA" -> indicators.remove(i);
				default -> {
				}
			}
		}
		ArrayNode lineage = tree.putArray("lineage");
		lineage.addObject().put("from", "ELD-LEAD-STRATEGY").put("to", "ELD-LEAD-PLAN").put("kind", "RENAMED");
		lineage.addObject().put("from", "ELD-INF-WIFI").put("to", "ELD-INF-TECH").put("kind", "MERGED");
		lineage.addObject().put("from", "ELD-USE-NIGHT-CAMERA").put("to", "ELD-INF-TECH").put("kind", "MERGED");
		return tree;
	}

	private void publish(String key, ObjectNode tree) {
		tree.put("key", key);
		RestTestClient admin = this.users.systemAdmin().api(this.http);
		admin.post().uri("/api/v1/models").contentType(MediaType.APPLICATION_JSON).body(TestModels.json(tree)).exchange()
			.expectStatus().isCreated();
		admin.post().uri("/api/v1/models/{k}/versions/{v}/publish", key, tree.get("version").asString()).exchange()
			.expectStatus().isOk();
	}

	private long round(TestUser admin, String key, String version, boolean prefill) {
		return TestRounds.start(this.http, admin, Map.of("organisationCode", CODE, "modelKey", key, "modelVersion", version,
				"title", "Omgång " + version, "mode", "GROUP", "prefill", prefill));
	}

	private static String at(String indicator) {
		return "$[?(@.indicatorKey == '" + indicator + "')]";
	}

}
