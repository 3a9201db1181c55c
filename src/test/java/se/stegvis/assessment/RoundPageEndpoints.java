package se.stegvis.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import se.stegvis.account.Role;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;
import se.stegvis.support.ScopedEndpoint.Tenant;

import static se.stegvis.support.ScopedEndpoint.page;

/**
 * Who may use the participant pages of rounds: every member reads a round and its answer pages; org admins and
 * participants answer (GROUP rounds); only org admins start a round.
 */
class RoundPageEndpoints implements OrganisationScopedEndpoints {

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				page(HttpMethod.POST, "/omgangar/ny").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form("/omgangar/ny", Map.of("organisationCode", t.code(),
							"model", TestRounds.MODEL + ":1.0.0", "title", "Omgång", "mode", "GROUP", "areas", "GENERAL"))),
				page(HttpMethod.GET, "/omgangar/{id}").allowAllMembers()
					.request((t) -> ScopedRequest.of("/omgangar/" + group(t))),
				page(HttpMethod.GET, "/omgangar/{id}/omraden/{areaKey}").allowAllMembers()
					.request((t) -> ScopedRequest.of("/omgangar/" + group(t) + "/omraden/GENERAL")),
				page(HttpMethod.POST, "/omgangar/{id}/omraden/{areaKey}").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form("/omgangar/" + group(t) + "/omraden/alla",
							Map.of("version-" + TestRounds.GENERAL_INDICATOR, "0", "svar-" + TestRounds.GENERAL_INDICATOR, "2"))),
				page(HttpMethod.POST, "/omgangar/{id}/svar/{indicatorKey}").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.form("/omgangar/" + group(t) + "/svar/" + TestRounds.GENERAL_INDICATOR,
							Map.of("version", "0", "svar", "3"))));
	}

	private static long group(Tenant t) {
		return TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

}
