package se.stegvis.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUsers;

/**
 * {@code GET /api/v1/organisations}: reference facts for everyone signed in (member of an organisation or
 * not), filters, and Problem Details for bad input.
 */
@IntegrationTest
class OrganisationApiTest {

	RestTestClient http;

	@Autowired
	RestTestClient anonymous;

	@BeforeEach
	void signInWithoutMembership(@Autowired TestUsers users) {
		this.http = users.withoutMembership().api(this.anonymous);
	}

	@Test
	void organisationsNeedSignInAnd401IsProblemDetails() {
		this.anonymous.get().uri("/api/v1/organisations").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().value("WWW-Authenticate", (v) -> org.assertj.core.api.Assertions.assertThat(v).contains("Bearer", "Basic"))
			.expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.title").isEqualTo("Inloggning krävs");
		this.anonymous.get().uri("/api/v1/organisations/1280").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void listsAllOrganisationsInSwedishOrder() {
		this.http.get().uri("/api/v1/organisations").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(311)
			.jsonPath("$[0].name").isEqualTo("Ale")
			.jsonPath("$[0].type").isEqualTo("MUNICIPALITY")
			.jsonPath("$[0].regionCode").isEqualTo("14")
			.jsonPath("$[0].municipalityGroup").isEqualTo("A2")
			.jsonPath("$[0].municipalityMainGroup").isEqualTo("A");
	}

	@Test
	void filtersByRegionGroupMainGroupAndType() {
		this.http.get().uri("/api/v1/organisations?region=25&type=MUNICIPALITY").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(14);
		this.http.get().uri("/api/v1/organisations?group=A1").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[*].name").isEqualTo(java.util.List.of("Göteborg", "Malmö", "Stockholm"));
		this.http.get().uri("/api/v1/organisations?mainGroup=A").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(46);
		this.http.get().uri("/api/v1/organisations?type=REGION").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(21);
	}

	@Test
	void oneOrganisationByCode() {
		this.http.get().uri("/api/v1/organisations/1280").exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.name").isEqualTo("Malmö")
			.jsonPath("$.regionName").isEqualTo("Region Skåne");
	}

	@Test
	void unknownOrganisationIsProblem404() {
		this.http.get().uri("/api/v1/organisations/9999").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("Det finns ingen organisation med koden 9999.");
	}

	@Test
	void unknownFilterValueIsProblem400NamingTheField() {
		this.http.get().uri("/api/v1/organisations?group=Z9").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("group")
			.jsonPath("$.errors[0].message").value((String m) -> org.assertj.core.api.Assertions.assertThat(m).contains("Z9", "A1", "C9"));
		this.http.get().uri("/api/v1/organisations?region=99").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
		this.http.get().uri("/api/v1/organisations?type=KINGDOM").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
	}

	@Test
	void unknownApiPathIsProblem404NotAPage() {
		this.http.get().uri("/api/v1/does-not-exist").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
