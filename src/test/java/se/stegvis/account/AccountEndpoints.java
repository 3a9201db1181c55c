package se.stegvis.account;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;
import se.stegvis.support.ScopedEndpoint.Tenant;

import static se.stegvis.support.ScopedEndpoint.api;
import static se.stegvis.support.ScopedEndpoint.page;

/**
 * Who may manage an organisation's members, invitations and audit trail: its org admins, and system
 * administrators (who bring in every organisation's first org admin). The audit trail is tenant data that
 * only the org admins read.
 */
class AccountEndpoints implements OrganisationScopedEndpoints {

	private static final String API = "/api/v1/organisations/";

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				api(HttpMethod.GET, "/api/v1/organisations/{code}/members").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of(API + t.code() + "/members")),
				api(HttpMethod.GET, "/api/v1/organisations/{code}/members/inactive").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of(API + t.code() + "/members/inactive")),
				api(HttpMethod.PUT, "/api/v1/organisations/{code}/members/{username}").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.json(API + t.code() + "/members/" + participant(t), Map.of("role", "VIEWER"))),
				api(HttpMethod.DELETE, "/api/v1/organisations/{code}/members/{username}").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of(API + t.code() + "/members/" + participant(t))),
				api(HttpMethod.GET, "/api/v1/organisations/{code}/invitations").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of(API + t.code() + "/invitations")),
				api(HttpMethod.POST, "/api/v1/organisations/{code}/invitations").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.json(API + t.code() + "/invitations",
							Map.of("email", "kollega@example.se", "role", "PARTICIPANT"))),
				api(HttpMethod.DELETE, "/api/v1/organisations/{code}/invitations/{id}").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of(API + t.code() + "/invitations/" + invitation(t))),
				api(HttpMethod.GET, "/api/v1/organisations/{code}/audit").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(API + t.code() + "/audit")),
				page(HttpMethod.GET, "/organisation/{code}/medlemmar").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of("/organisation/" + t.code() + "/medlemmar")),
				page(HttpMethod.POST, "/organisation/{code}/medlemmar/{username}/roll").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.form("/organisation/" + t.code() + "/medlemmar/" + participant(t) + "/roll",
							Map.of("role", "VIEWER"))),
				page(HttpMethod.GET, "/organisation/{code}/medlemmar/{username}/ta-bort").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of("/organisation/" + t.code() + "/medlemmar/" + participant(t) + "/ta-bort")),
				page(HttpMethod.POST, "/organisation/{code}/medlemmar/{username}/ta-bort").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.form("/organisation/" + t.code() + "/medlemmar/" + participant(t) + "/ta-bort",
							Map.of())),
				page(HttpMethod.GET, "/organisation/{code}/inaktiva").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of("/organisation/" + t.code() + "/inaktiva")),
				page(HttpMethod.GET, "/organisation/{code}/inbjudningar/ny").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.of("/organisation/" + t.code() + "/inbjudningar/ny")),
				page(HttpMethod.POST, "/organisation/{code}/inbjudningar/ny").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.form("/organisation/" + t.code() + "/inbjudningar/ny",
							Map.of("email", "kollega@example.se", "role", "VIEWER"))),
				page(HttpMethod.POST, "/organisation/{code}/inbjudningar/{id}/aterkalla").allow(Role.ORG_ADMIN).andSystemAdmins()
					.request((t) -> ScopedRequest.form("/organisation/" + t.code() + "/inbjudningar/" + invitation(t) + "/aterkalla",
							Map.of())));
	}

	/** A fresh participant to change or remove, so that every caller has someone of their own. */
	private static String participant(Tenant tenant) {
		return tenant.users().participant(tenant.code()).username();
	}

	/** A fresh invitation, made by a fresh org admin. */
	private static long invitation(Tenant tenant) {
		Map<?, ?> created = tenant.http()
			.post()
			.uri(API + tenant.code() + "/invitations")
			.headers(tenant.users().orgAdmin(tenant.code()).bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", "ny@example.se", "role", "VIEWER"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

}
