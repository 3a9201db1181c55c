package se.stegvis.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.demo.DemoUsers;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo shows the whole loop for Östersund: rounds, a plan in every status, overdue and carried-over items, follow-up. */
@IntegrationTest
@ActiveProfiles("demo")
class ActionPlanDemoTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	@SuppressWarnings("unchecked")
	void ostersundHasTwoCompletedRoundsAnOpenOneAndAPlanInEveryStatus() {
		List<Map<String, Object>> rounds = this.http.get().uri("/api/v1/assessments?organisationCode=2380")
			.headers((h) -> h.setBasicAuth("ostersund.lasare", DemoUsers.PASSWORD)).exchange()
			.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
		assertThat(rounds).extracting((r) -> r.get("status")).containsExactly("IN_PROGRESS", "COMPLETED", "COMPLETED");
		long latest = ((Number) rounds.get(0).get("id")).longValue();
		List<Map<String, Object>> items = this.http.get().uri("/api/v1/assessments/{id}/action-items", latest)
			.headers((h) -> h.setBasicAuth("ostersund.lasare", DemoUsers.PASSWORD)).exchange()
			.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
		Set<Object> statuses = items.stream().map((i) -> i.get("status")).collect(Collectors.toSet());
		assertThat(statuses).containsExactlyInAnyOrder("NOT_STARTED", "IN_PROGRESS", "DONE", "PAUSED", "CANCELLED");
		assertThat(items).filteredOn((i) -> Boolean.TRUE.equals(i.get("overdue"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(items).filteredOn((i) -> ((Number) i.get("originAssessmentId")).longValue() != latest
				&& !Set.of("DONE", "CANCELLED").contains(i.get("status"))).isNotEmpty();
		assertThat(items).allMatch((i) -> i.get("dueDate") == null || LocalDate.parse(i.get("dueDate").toString()) != null);

		PageSession session = PageSession.signIn(this.users.baseUrl(), "ostersund.admin", DemoUsers.PASSWORD);
		String followUp = session.get("/uppfoljning/2380").body();
		assertThat(followUp).contains("Från Egenvärdering 2024 till Egenvärdering 2025").contains("(Klar)");
		String plan = session.get("/handlingsplan/2380").body();
		assertThat(plan).contains("Försenad").contains("Från en tidigare omgång");
		assertThat(session.get("/omgangar/" + rounds.get(1).get("id") + "/forslag").body()).contains("Finns i handlingsplanen");
	}

}
