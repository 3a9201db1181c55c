package se.stegvis.network;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.TestUser;

/** Networks made through the API, for tests (an Object Mother). */
public final class TestNetworks {

	private TestNetworks() {
	}

	/** Creates a network owned by the org admin's organisation; its id. */
	public static long create(RestTestClient http, TestUser orgAdmin, String name) {
		Map<?, ?> created = http.post()
			.uri("/api/v1/networks")
			.headers(orgAdmin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

	public static void invite(RestTestClient http, TestUser ownerAdmin, long network, String organisationCode) {
		http.post()
			.uri("/api/v1/networks/{id}/members", network)
			.headers(ownerAdmin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("organisationCode", organisationCode))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	/** Answers for the org admin's only organisation in the network. */
	public static void consent(RestTestClient http, TestUser orgAdmin, long network, boolean consent) {
		Map<String, Object> body = new HashMap<>();
		body.put("consent", consent);
		http.put()
			.uri("/api/v1/networks/{id}/consent", network)
			.headers(orgAdmin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	public static Map<?, ?> read(RestTestClient http, TestUser user, long network) {
		return http.get()
			.uri("/api/v1/networks/{id}", network)
			.headers(user.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
