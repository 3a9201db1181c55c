package se.stegvis.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import se.stegvis.account.Role;
import se.stegvis.support.OrganisationScopedEndpoints;
import se.stegvis.support.ScopedEndpoint;
import se.stegvis.support.ScopedEndpoint.ScopedRequest;
import se.stegvis.support.ScopedEndpoint.Tenant;
import se.stegvis.support.TestUser;

import static se.stegvis.support.ScopedEndpoint.page;

/**
 * The facilitator pages of a round (participants, spread and consensus, settings, completing, reopening,
 * history): org admins only, reading as well as writing — as the API for the same data.
 */
class RoundAdminEndpoints implements OrganisationScopedEndpoints {

	private static final String ROUNDS = "/omgangar/";

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				page(HttpMethod.GET, "/omgangar/{id}/deltagare").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + individual(t) + "/deltagare")),
				page(HttpMethod.POST, "/omgangar/{id}/deltagare").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form(ROUNDS + individual(t) + "/deltagare",
							Map.of("username", t.users().participant(t.code()).username(), "respondentGroup", "Ledning"))),
				page(HttpMethod.POST, "/omgangar/{id}/deltagare/grupp").allow(Role.ORG_ADMIN)
					.request((t) -> {
						TestUser admin = t.users().orgAdmin(t.code());
						long round = TestRounds.individual(t.http(), admin, t.code());
						TestUser participant = t.users().participant(t.code());
						TestRounds.addParticipant(t.http(), admin, round, participant, "Ledning");
						return ScopedRequest.form(ROUNDS + round + "/deltagare/grupp",
								Map.of("username", participant.username(), "respondentGroup", "Medarbetare"));
					}),
				page(HttpMethod.POST, "/omgangar/{id}/deltagare/ta-bort").allow(Role.ORG_ADMIN)
					.request((t) -> {
						TestUser admin = t.users().orgAdmin(t.code());
						long round = TestRounds.individual(t.http(), admin, t.code());
						TestUser participant = t.users().participant(t.code());
						TestRounds.addParticipant(t.http(), admin, round, participant, "Ledning");
						return ScopedRequest.form(ROUNDS + round + "/deltagare/ta-bort",
								Map.of("username", participant.username(), "confirmed", "true"));
					}),
				page(HttpMethod.GET, "/omgangar/{id}/spridning").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + individual(t) + "/spridning")),
				page(HttpMethod.POST, "/omgangar/{id}/spridning/{indicatorKey}").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form(ROUNDS + individual(t) + "/spridning/" + TestRounds.GENERAL_INDICATOR,
							Map.of("value", "3", "note", "Enade efter samtal", "version", "0"))),
				page(HttpMethod.GET, "/omgangar/{id}/avsluta").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/avsluta")),
				page(HttpMethod.POST, "/omgangar/{id}/avsluta").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form(ROUNDS + group(t) + "/avsluta", Map.of())),
				page(HttpMethod.GET, "/omgangar/{id}/ateroppna").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + completed(t) + "/ateroppna")),
				page(HttpMethod.POST, "/omgangar/{id}/ateroppna").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form(ROUNDS + completed(t) + "/ateroppna",
							Map.of("reason", "Ett svar var fel"))),
				page(HttpMethod.GET, "/omgangar/{id}/installningar").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/installningar")),
				page(HttpMethod.POST, "/omgangar/{id}/installningar/mal").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form(ROUNDS + group(t) + "/installningar/mal",
							Map.of("level", "3", "AREA.GENERAL", "4"))),
				page(HttpMethod.POST, "/omgangar/{id}/installningar/publicering").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form(ROUNDS + group(t) + "/installningar/publicering",
							Map.of("published", "false"))),
				page(HttpMethod.GET, "/omgangar/{id}/historik").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/historik")));
	}

	private static long group(Tenant t) {
		return TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

	private static long individual(Tenant t) {
		return TestRounds.individual(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

	private static long completed(Tenant t) {
		TestUser admin = t.users().orgAdmin(t.code());
		long round = TestRounds.group(t.http(), admin, t.code());
		TestRounds.complete(t.http(), admin, round);
		return round;
	}

}
