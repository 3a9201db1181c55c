package se.stegvis.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Health with the database, Prometheus metrics and the OpenAPI document are there for operations. */
@IntegrationTest
class OperationsTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void healthIsUpIncludingTheDatabase() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void prometheusMetricsAreForSystemAdministratorsOnly() {
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.http.get().uri("/actuator/prometheus").headers(this.users.orgAdmin("0180").bearer()).exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void prometheusMetricsIncludeTheConnectionPool() {
		String metrics = this.http.get().uri("/actuator/prometheus").headers(this.users.systemAdmin().bearer()).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		this.http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.info.title").isEqualTo("Stegvis API")
			.jsonPath("$.paths['/api/v1/organisations'].get").exists()
			.jsonPath("$.components.securitySchemes.token.scheme").isEqualTo("bearer")
			.jsonPath("$.components.securitySchemes.basic.scheme").isEqualTo("basic");
	}

	@Test
	void browsableApiDocumentationIsServed() {
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
