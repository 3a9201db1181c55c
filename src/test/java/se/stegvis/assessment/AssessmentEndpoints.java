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

import static se.stegvis.support.ScopedEndpoint.api;
import static se.stegvis.support.ScopedEndpoint.page;

/**
 * Who may do what with rounds and units: every member reads a round, its answers and scores; org admins and
 * participants answer; everything else is for org admins.
 */
class AssessmentEndpoints implements OrganisationScopedEndpoints {

	private static final String ROUNDS = "/api/v1/assessments/";

	@Override
	public List<ScopedEndpoint> endpoints() {
		return List.of(
				api(HttpMethod.POST, "/api/v1/assessments").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json("/api/v1/assessments", Map.of("organisationCode", t.code(),
							"modelKey", TestRounds.MODEL, "title", "Omgång", "mode", "GROUP"))),
				api(HttpMethod.GET, "/api/v1/assessments").allowAllMembers()
					.request((t) -> ScopedRequest.of("/api/v1/assessments?organisationCode=" + t.code())),
				api(HttpMethod.GET, "/api/v1/assessments/{id}").allowAllMembers()
					.request((t) -> ScopedRequest.of(ROUNDS + group(t))),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/participants").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/participants")),
				api(HttpMethod.POST, "/api/v1/assessments/{id}/participants").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json(ROUNDS + group(t) + "/participants",
							Map.of("username", t.users().participant(t.code()).username(), "respondentGroup", "Ledning"))),
				api(HttpMethod.DELETE, "/api/v1/assessments/{id}/participants/{username}").allow(Role.ORG_ADMIN)
					.request((t) -> {
						TestUser admin = t.users().orgAdmin(t.code());
						long round = TestRounds.group(t.http(), admin, t.code());
						TestUser participant = t.users().participant(t.code());
						TestRounds.addParticipant(t.http(), admin, round, participant, "Medarbetare");
						return ScopedRequest.of(ROUNDS + round + "/participants/" + participant.username());
					}),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/answers").allowAllMembers()
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/answers")),
				api(HttpMethod.PUT, "/api/v1/assessments/{id}/answers/{indicatorKey}").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> ScopedRequest.json(ROUNDS + group(t) + "/answers/" + TestRounds.GENERAL_INDICATOR,
							Map.of("answer", "LEVEL", "level", 2))),
				api(HttpMethod.POST, "/api/v1/assessments/{id}/answers/{indicatorKey}/confirm").allow(Role.ORG_ADMIN, Role.PARTICIPANT)
					.request((t) -> {
						TestUser admin = t.users().orgAdmin(t.code());
						long round = TestRounds.group(t.http(), admin, t.code());
						TestRounds.answer(t.http(), admin, round, TestRounds.GENERAL_INDICATOR, 1);
						return ScopedRequest.json(ROUNDS + round + "/answers/" + TestRounds.GENERAL_INDICATOR + "/confirm", Map.of());
					}),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/scores").allowAllMembers()
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/scores")),
				api(HttpMethod.PUT, "/api/v1/assessments/{id}/consensus/{indicatorKey}").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json(ROUNDS + individual(t) + "/consensus/" + TestRounds.GENERAL_INDICATOR,
							Map.of("answer", "LEVEL", "level", 3, "note", "Enade efter samtal"))),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/distribution").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + individual(t) + "/distribution")),
				api(HttpMethod.PUT, "/api/v1/assessments/{id}/targets").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json(ROUNDS + group(t) + "/targets", Map.of("level", 3, "overrides",
							List.of(Map.of("scope", "AREA", "key", "GENERAL", "level", 4))))),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/unanswered").allowAllMembers()
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/unanswered")),
				api(HttpMethod.POST, "/api/v1/assessments/{id}/complete").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json(ROUNDS + group(t) + "/complete", Map.of())),
				api(HttpMethod.POST, "/api/v1/assessments/{id}/reopen").allow(Role.ORG_ADMIN)
					.request((t) -> {
						TestUser admin = t.users().orgAdmin(t.code());
						long round = TestRounds.group(t.http(), admin, t.code());
						TestRounds.complete(t.http(), admin, round);
						return ScopedRequest.json(ROUNDS + round + "/reopen", Map.of("reason", "Ett svar var fel"));
					}),
				api(HttpMethod.PUT, "/api/v1/assessments/{id}/publication").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json(ROUNDS + group(t) + "/publication", Map.of("published", false))),
				api(HttpMethod.GET, "/api/v1/assessments/{id}/history").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of(ROUNDS + group(t) + "/history")),
				api(HttpMethod.GET, "/api/v1/organisations/{code}/units").allowAllMembers()
					.request((t) -> ScopedRequest.of("/api/v1/organisations/" + t.code() + "/units")),
				api(HttpMethod.POST, "/api/v1/organisations/{code}/units").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.json("/api/v1/organisations/" + t.code() + "/units",
							Map.of("name", "Socialförvaltningen " + System.nanoTime()))),
				page(HttpMethod.GET, "/organisationer/{code}/enheter").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.of("/organisationer/" + t.code() + "/enheter")),
				page(HttpMethod.POST, "/organisationer/{code}/enheter").allow(Role.ORG_ADMIN)
					.request((t) -> ScopedRequest.form("/organisationer/" + t.code() + "/enheter",
							Map.of("name", "Omsorgsförvaltningen " + System.nanoTime()))));
	}

	private static long group(Tenant t) {
		return TestRounds.group(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

	private static long individual(Tenant t) {
		return TestRounds.individual(t.http(), t.users().orgAdmin(t.code()), t.code());
	}

}
