package se.stegvis.actionplan;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import se.stegvis.account.Role;
import se.stegvis.assessment.TestRounds;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;
import se.stegvis.support.ScopedEndpoint.Tenant;

import static se.stegvis.support.ScopedEndpoint.api;
import static se.stegvis.support.ScopedEndpoint.page;

/** Who may do what with the action plan: every member reads; org admins and participants write. */
class ActionPlanEndpoints implements OrganisationScopedEndpoints {

	private static final String ITEMS = "/api/v1/action-items/";

	private static final String PAGES = "/handlingsplan/punkter/";

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				api(HttpMethod.GET, "/api/v1/assessments/{id}/suggestions").allowAllMembers()
					.request((t) -> ScopedRequest.of("/api/v1/assessments/" + round(t) + "/suggestions")),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/action-items").allowAllMembers()
					.request((t) -> ScopedRequest.of("/api/v1/assessments/" + round(t) + "/action-items")),
				api(HttpMethod.POST, "/api/v1/assessments/{id}/action-items").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.json("/api/v1/assessments/" + round(t) + "/action-items",
							TestPlans.body("Ny åtgärd", TestRounds.GENERAL_INDICATOR))),
				api(HttpMethod.GET, "/api/v1/action-items/{id}").allowAllMembers()
					.request((t) -> ScopedRequest.of(ITEMS + item(t))),
				api(HttpMethod.PATCH, "/api/v1/action-items/{id}").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.json(ITEMS + item(t), Map.of("status", "IN_PROGRESS"))),
				api(HttpMethod.DELETE, "/api/v1/action-items/{id}").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.of(ITEMS + item(t))),
				api(HttpMethod.GET, "/api/v1/action-items/{id}/follow-ups").allowAllMembers()
					.request((t) -> ScopedRequest.of(ITEMS + item(t) + "/follow-ups")),
				api(HttpMethod.POST, "/api/v1/action-items/{id}/follow-ups").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.json(ITEMS + item(t) + "/follow-ups",
							Map.of("date", "2027-02-01", "text", "Arbetsgruppen har träffats."))),
				page(HttpMethod.GET, "/omgangar/{id}/forslag").allowAllMembers()
					.request((t) -> ScopedRequest.of("/omgangar/" + round(t) + "/forslag")),
				page(HttpMethod.GET, "/omgangar/{id}/handlingsplan/ny").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.of("/omgangar/" + round(t) + "/handlingsplan/ny")),
				page(HttpMethod.POST, "/omgangar/{id}/handlingsplan/ny").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form("/omgangar/" + round(t) + "/handlingsplan/ny",
							Map.of("title", "Ny åtgärd", "indicatorKeys", TestRounds.GENERAL_INDICATOR))),
				page(HttpMethod.GET, "/handlingsplan/punkter/{id}").allowAllMembers()
					.request((t) -> ScopedRequest.of(PAGES + item(t))),
				page(HttpMethod.GET, "/handlingsplan/punkter/{id}/andra").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.of(PAGES + item(t) + "/andra")),
				page(HttpMethod.POST, "/handlingsplan/punkter/{id}/andra").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form(PAGES + item(t) + "/andra", Map.of("title", "Ändrad",
							"indicatorKeys", TestRounds.GENERAL_INDICATOR, "version", "1"))),
				page(HttpMethod.POST, "/handlingsplan/punkter/{id}/status").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form(PAGES + item(t) + "/status", Map.of("status", "IN_PROGRESS",
							"version", "1"))),
				page(HttpMethod.POST, "/handlingsplan/punkter/{id}/uppfoljningar").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form(PAGES + item(t) + "/uppfoljningar", Map.of("date", "2027-02-01",
							"text", "Arbetsgruppen har träffats."))),
				page(HttpMethod.POST, "/handlingsplan/punkter/{id}/ta-bort").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form(PAGES + item(t) + "/ta-bort", Map.of("version", "1", "confirmed", "true"))),
				page(HttpMethod.GET, "/handlingsplan/{code}").allowAllMembers()
					.request((t) -> ScopedRequest.of("/handlingsplan/" + t.code())),
				page(HttpMethod.GET, "/handlingsplan/{code}/tavla").allowAllMembers()
					.request((t) -> ScopedRequest.of("/handlingsplan/" + t.code() + "/tavla")),
				page(HttpMethod.GET, "/uppfoljning/{code}").allowAllMembers()
					.request((t) -> ScopedRequest.of("/uppfoljning/" + t.code())));
	}

	private static long round(Tenant t) {
		return TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

	private static long item(Tenant t) {
		return TestPlans.item(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

}
