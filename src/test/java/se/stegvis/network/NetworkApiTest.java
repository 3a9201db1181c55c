package se.stegvis.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.account.AuditEntry;
import se.stegvis.account.AuditLog;
import se.stegvis.account.NewAccount.NewMembership;
import se.stegvis.account.Role;
import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network API with consent. Uses the municipalities of Kalmar län (08xx), which no other test uses, so that
 * every member's latest round is the one made here.
 */
@IntegrationTest
class NetworkApiTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog audit;

	@Test
	void consentingMembersAreShownByNameAndOthersNeverAppear() {
		TestUser kalmar = this.users.orgAdmin("0880");
		TestUser nybro = this.users.orgAdmin("0881");
		TestUser oskarshamn = this.users.orgAdmin("0882");
		TestUser vastervik = this.users.orgAdmin("0883");
		completedRound(kalmar, "0880", 4);
		completedRound(nybro, "0881", 2);
		completedRound(oskarshamn, "0882", 0);
		completedRound(vastervik, "0883", 1);
		long network = TestNetworks.create(this.http, kalmar, "Kalmarsund jämför");
		TestNetworks.invite(this.http, kalmar, network, "0881");
		TestNetworks.invite(this.http, kalmar, network, "0882");
		TestNetworks.invite(this.http, kalmar, network, "0883");

		Map<?, ?> invitation = TestNetworks.read(this.http, nybro, network);
		assertThat(invitation.get("access")).isEqualTo("INVITATION");
		assertThat(invitation.get("name")).isEqualTo("Kalmarsund jämför");
		assertThat(invitation.get("ownerName")).isEqualTo("Kalmar");
		assertThat(states(invitation)).containsExactly("INVITED");
		assertThat((List<?>) invitation.get("members")).isEmpty();
		assertThat(invitation.get("mean")).isNull();
		assertThat(invitation.toString()).doesNotContain("Oskarshamn", "Västervik", "0882", "0883");

		TestNetworks.consent(this.http, nybro, network, true);
		TestNetworks.consent(this.http, oskarshamn, network, false);

		Map<?, ?> figures = TestNetworks.read(this.http, nybro, network);
		assertThat(figures.get("access")).isEqualTo("FIGURES");
		assertThat(figures.get("modelKey")).isEqualTo(TestRounds.MODEL);
		assertThat(names(figures)).containsExactly("Kalmar", "Nybro");
		assertThat(overall(figures, "Kalmar")).isEqualTo(100.0);
		assertThat(overall(figures, "Nybro")).isEqualTo(50.0);
		Map<?, ?> mean = (Map<?, ?>) figures.get("mean");
		assertThat(mean.get("n")).isEqualTo(2);
		assertThat(((Map<?, ?>) mean.get("overall")).get("mean")).isEqualTo(75.0);
		assertThat(figures.toString()).doesNotContain("Oskarshamn", "Västervik", "0882", "0883");
		assertThat(TestNetworks.read(this.http, oskarshamn, network).get("access")).isEqualTo("INVITATION");
		assertThat(TestNetworks.read(this.http, vastervik, network).toString()).doesNotContain("Nybro", "100.0");
	}

	@Test
	void aWithdrawalTakesEffectAtOnceInTheNetworkAndInOtherMembersSummaries() {
		TestUser hultsfred = this.users.orgAdmin("0860");
		TestUser monsteras = this.users.orgAdmin("0861");
		TestUser emmaboda = this.users.orgAdmin("0862");
		long hultsfredRound = completedRound(hultsfred, "0860", 4);
		completedRound(monsteras, "0861", 0);
		long emmabodaRound = completedRound(emmaboda, "0862", 2);
		long network = TestNetworks.create(this.http, hultsfred, "Södra Kalmar län");
		TestNetworks.invite(this.http, hultsfred, network, "0861");
		TestNetworks.invite(this.http, hultsfred, network, "0862");
		TestNetworks.consent(this.http, monsteras, network, true);

		Map<?, ?> comparison = network(summary(hultsfred, hultsfredRound), network);
		assertThat(comparison.get("label")).isEqualTo("Södra Kalmar län");
		assertThat(comparison.get("n")).as("Hultsfred and Mönsterås; Emmaboda has not answered").isEqualTo(2);
		assertThat(((Map<?, ?>) comparison.get("overall")).get("mean")).isEqualTo(50.0);
		assertThat(network(summary(emmaboda, emmabodaRound), network)).as("no consent, no network comparison").isNull();

		TestNetworks.consent(this.http, monsteras, network, false);

		comparison = network(summary(hultsfred, hultsfredRound), network);
		assertThat(comparison.get("n")).isEqualTo(1);
		assertThat(((Map<?, ?>) comparison.get("overall")).get("mean")).isEqualTo(100.0);
		Map<?, ?> figures = TestNetworks.read(this.http, hultsfred, network);
		assertThat(names(figures)).containsExactly("Hultsfred");
		assertThat(figures.toString()).doesNotContain("Mönsterås");
		Map<?, ?> withdrawn = TestNetworks.read(this.http, monsteras, network);
		assertThat(withdrawn.get("access")).isEqualTo("INVITATION");
		assertThat(states(withdrawn)).containsExactly("WITHDRAWN");
		assertThat(this.audit.forOrganisation("0861", 10).stream().map(AuditEntry::action).toList()).contains("network.consent-consented", "network.consent-withdrawn", "network.invitation-received");
	}

	@Test
	void outsidersGetNotFoundAndOtherRolesForbidden() {
		TestUser owner = this.users.orgAdmin("0884");
		long network = TestNetworks.create(this.http, owner, "Vimmerbys nätverk");
		TestUser outsider = this.users.orgAdmin("0885");
		TestUser participant = this.users.participant("0884");

		assertThat(status("GET", outsider, "/api/v1/networks/" + network, null)).isEqualTo(404);
		assertThat(status("GET", owner, "/api/v1/networks/999999999", null)).isEqualTo(404);
		assertThat(status("POST", outsider, "/api/v1/networks/" + network + "/members", Map.of("organisationCode", "0885")))
			.isEqualTo(404);
		assertThat(status("PUT", outsider, "/api/v1/networks/" + network + "/consent", Map.of("consent", true)))
			.isEqualTo(404);
		assertThat(status("POST", participant, "/api/v1/networks/" + network + "/members",
				Map.of("organisationCode", "0885"))).isEqualTo(403);
		assertThat(status("PUT", participant, "/api/v1/networks/" + network + "/consent", Map.of("consent", false)))
			.isEqualTo(403);
		assertThat(status("POST", participant, "/api/v1/networks", Map.of("name", "Mitt"))).isEqualTo(403);
		assertThat(TestNetworks.read(this.http, participant, network).get("access"))
			.as("members of a consenting owner read the figures").isEqualTo("FIGURES");
	}

	@Test
	void badInputIsRefusedWithProblemDetailsAndChangesNothing() {
		TestUser owner = this.users.orgAdmin("0840");
		Map<?, ?> problem = problem("POST", owner, "/api/v1/networks", Map.of("name", "  "), 400);
		assertThat(fields(problem)).containsExactly("name");
		long network = TestNetworks.create(this.http, owner, "Mörbylånga med flera");
		problem = problem("POST", owner, "/api/v1/networks/" + network + "/members", Map.of("organisationCode", "9999"), 400);
		assertThat(fields(problem)).containsExactly("organisationCode");
		assertThat(problem.toString()).contains("9999");
		problem("POST", owner, "/api/v1/networks/" + network + "/members", Map.of("organisationCode", "0840"), 409);
		problem = problem("PUT", owner, "/api/v1/networks/" + network + "/consent", Map.of("organisationCode", "0840"), 400);
		assertThat(fields(problem)).containsExactly("consent");
		problem = problem("POST", owner, "/api/v1/networks/" + network + "/coordinators", Map.of("username", "nobody-x"), 400);
		assertThat(fields(problem)).containsExactly("username");
		problem = problem("GET", owner, "/api/v1/networks/" + network + "?modelKey=no-such-model", null, 400);
		assertThat(fields(problem)).containsExactly("modelKey");

		Map<?, ?> read = TestNetworks.read(this.http, owner, network);
		assertThat((List<?>) read.get("own")).hasSize(1);
		assertThat(((Map<?, ?>) ((List<?>) read.get("own")).get(0)).get("state")).isEqualTo("CONSENTED");
	}

	@Test
	void aCoordinatorReadsTheFiguresAndAnOrgAdminOfSeveralNamesTheOrganisation() {
		TestUser owner = this.users.orgAdmin("0821");
		completedRound(owner, "0821", 3);
		long network = TestNetworks.create(this.http, owner, "Högsby och grannar");
		TestUser coordinator = this.users.regionalCoordinator("0834");
		TestUser notCoordinator = this.users.viewer("0834");
		assertThat(status("GET", coordinator, "/api/v1/networks/" + network, null)).isEqualTo(404);
		assertThat(problem("POST", owner, "/api/v1/networks/" + network + "/coordinators",
				Map.of("username", notCoordinator.username()), 400).toString()).contains(notCoordinator.displayName());
		assertThat(status("POST", owner, "/api/v1/networks/" + network + "/coordinators",
				Map.of("username", coordinator.username()))).isEqualTo(201);
		problem("POST", owner, "/api/v1/networks/" + network + "/coordinators", Map.of("username", coordinator.username()), 409);

		Map<?, ?> read = TestNetworks.read(this.http, coordinator, network);
		assertThat(read.get("access")).isEqualTo("FIGURES");
		assertThat(read.get("coordinator")).isEqualTo(true);
		assertThat(names(read)).containsExactly("Högsby");
		assertThat(status("PUT", coordinator, "/api/v1/networks/" + network + "/consent", Map.of("consent", false)))
			.isEqualTo(403);
		assertThat(status("POST", coordinator, "/api/v1/networks/" + network + "/members", Map.of("organisationCode", "0834")))
			.isEqualTo(403);

		TestUser both = this.users.withMemberships(NewMembership.of("0821", Role.ORG_ADMIN),
				NewMembership.of("0834", Role.ORG_ADMIN));
		TestNetworks.invite(this.http, owner, network, "0834");
		assertThat(fields(problem("PUT", both, "/api/v1/networks/" + network + "/consent", Map.of("consent", true), 400)))
			.containsExactly("organisationCode");
		assertThat(status("PUT", both, "/api/v1/networks/" + network + "/consent?organisationCode=0834",
				Map.of("consent", true))).isEqualTo(200);
		Map<?, ?> after = TestNetworks.read(this.http, owner, network);
		assertThat(names(after)).containsExactly("Högsby");
		assertThat(((List<?>) after.get("withoutRound")).stream().map((m) -> (Object) ((Map<?, ?>) m).get("organisationName"))
			.toList()).as("a consenting member without a completed round is listed as such").containsExactly("Torsås");
		List<Map<?, ?>> mine = this.http.get().uri("/api/v1/networks").headers(both.bearer()).exchange().expectStatus().isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<?, ?>>>() {
			}).returnResult().getResponseBody();
		assertThat(mine.stream().map((n) -> (Object) n.get("name")).toList()).contains("Högsby och grannar");
	}

	private long completedRound(TestUser admin, String code, int level) {
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	private Map<?, ?> summary(TestUser user, long round) {
		return this.http.get().uri("/api/v1/assessments/{id}/summary", round).headers(user.bearer()).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	private static Map<?, ?> network(Map<?, ?> summary, long network) {
		return ((List<?>) summary.get("comparisons")).stream()
			.map((c) -> (Map<?, ?>) c)
			.filter((c) -> "NETWORK".equals(c.get("scope")) && Long.valueOf(network).equals(((Number) c.get("networkId")).longValue()))
			.findFirst()
			.orElse(null);
	}

	private static List<Object> names(Map<?, ?> network) {
		return ((List<?>) network.get("members")).stream().map((m) -> (Object) ((Map<?, ?>) m).get("organisationName")).toList();
	}

	private static Object overall(Map<?, ?> network, String name) {
		return ((List<?>) network.get("members")).stream()
			.map((m) -> (Map<?, ?>) m)
			.filter((m) -> name.equals(m.get("organisationName")))
			.map((m) -> ((Map<?, ?>) m.get("overall")).get("score"))
			.findFirst()
			.orElseThrow();
	}

	private static List<Object> states(Map<?, ?> network) {
		return ((List<?>) network.get("own")).stream().map((m) -> (Object) ((Map<?, ?>) m).get("state")).toList();
	}

	private static List<Object> fields(Map<?, ?> problem) {
		return ((List<?>) problem.get("errors")).stream().map((e) -> (Object) ((Map<?, ?>) e).get("field")).toList();
	}

	private int status(String method, TestUser user, String path, Object body) {
		var spec = this.http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path).headers(user.bearer());
		var ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).body(body);
		return ready.exchange().expectBody(String.class).returnResult().getStatus().value();
	}

	private Map<?, ?> problem(String method, TestUser user, String path, Object body, int status) {
		var spec = this.http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path).headers(user.bearer());
		var ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).body(body);
		var result = ready.exchange().expectBody(Map.class).returnResult();
		assertThat(result.getStatus().value()).as(method + " " + path).isEqualTo(status);
		assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		return result.getResponseBody();
	}

}
