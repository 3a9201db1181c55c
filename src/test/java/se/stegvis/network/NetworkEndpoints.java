package se.stegvis.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import se.stegvis.account.Role;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;
import se.stegvis.support.ScopedEndpoint.Tenant;

import static se.stegvis.support.ScopedEndpoint.api;
import static se.stegvis.support.ScopedEndpoint.page;

/**
 * Networks: the owner's org admins create, invite and add coordinators; an invited organisation's org admins
 * answer; every member of a consenting organisation reads. Everyone else: 404.
 */
public class NetworkEndpoints implements OrganisationScopedEndpoints {

	/** The owner of networks the tenant is invited to (Borgholm). */
	static final String INVITER = "0885";

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				api(HttpMethod.POST, "/api/v1/networks").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json("/api/v1/networks",
							Map.of("name", "Nätverk " + t.code(), "organisationCode", t.code()))),
				api(HttpMethod.GET, "/api/v1/networks/{id}").allowAllMembers()
					.request((t) -> ScopedRequest.of("/api/v1/networks/" + owned(t))),
				api(HttpMethod.POST, "/api/v1/networks/{id}/members").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json("/api/v1/networks/" + owned(t) + "/members",
							Map.of("organisationCode", INVITER))),
				api(HttpMethod.POST, "/api/v1/networks/{id}/coordinators").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json("/api/v1/networks/" + owned(t) + "/coordinators",
							Map.of("username", t.users().regionalCoordinator(INVITER).username()))),
				api(HttpMethod.PUT, "/api/v1/networks/{id}/consent").allow(Role.ORG_ADMIN)
					.request((t) -> {
						Map<String, Object> body = new HashMap<>();
						body.put("consent", true);
						body.put("organisationCode", t.code());
						return ScopedRequest.json("/api/v1/networks/" + invitedTo(t) + "/consent", body);
					}),
				page(HttpMethod.GET, "/organisationer/{code}/natverk").allowAllMembers()
					.request((t) -> ScopedRequest.of("/organisationer/" + t.code() + "/natverk")),
				page(HttpMethod.POST, "/organisationer/{code}/natverk").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form("/organisationer/" + t.code() + "/natverk",
							Map.of("name", "Sidnätverk " + t.code()))),
				page(HttpMethod.POST, "/organisationer/{code}/natverk/{id}/samtycke").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form("/organisationer/" + t.code() + "/natverk/" + invitedTo(t) + "/samtycke",
							Map.of("samtycke", "ja"))),
				page(HttpMethod.GET, "/natverk/{id}").allowAllMembers()
					.request((t) -> ScopedRequest.of("/natverk/" + owned(t))),
				page(HttpMethod.GET, "/natverk/{id}/hantera").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of("/natverk/" + owned(t) + "/hantera")),
				page(HttpMethod.POST, "/natverk/{id}/medlemmar").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form("/natverk/" + owned(t) + "/medlemmar",
							Map.of("organisationCode", INVITER))),
				page(HttpMethod.POST, "/natverk/{id}/samordnare").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form("/natverk/" + owned(t) + "/samordnare",
							Map.of("username", t.users().regionalCoordinator(INVITER).username()))),
				page(HttpMethod.GET, "/organisationer/{code}/enheter/jamforelse").allowAllMembers()
					.request((t) -> ScopedRequest.of("/organisationer/" + t.code() + "/enheter/jamforelse")));
	}

	/** A network the tenant owns. */
	static long owned(Tenant t) {
		return TestNetworks.create(t.http(), t.users().orgAdmin(t.code()), "Nätverk " + t.code());
	}

	/** A network of another organisation that the tenant is invited to. */
	static long invitedTo(Tenant t) {
		var owner = t.users().orgAdmin(INVITER);
		long id = TestNetworks.create(t.http(), owner, "Inbjudan till " + t.code());
		TestNetworks.invite(t.http(), owner, id, t.code());
		return id;
	}

}
