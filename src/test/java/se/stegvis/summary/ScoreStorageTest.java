package se.stegvis.summary;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.TestRounds;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.ScopeScoring;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Completing a round stores its scope scores; reopening withdraws them; publication is copied. */
@IntegrationTest
class ScoreStorageTest {

	private static final String CODE = "0114";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	ScoreStorage storage;

	@Autowired
	RoundResults results;

	@Test
	void completingStoresExactlyWhatTheScoringModuleComputes() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 3);
		TestRounds.answer(this.http, admin, round, TestRounds.OTHER_GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, 2);
		dontKnow(admin, round, "GEN-LEAD-BENEFITS");
		assertThat(this.storage.find(round)).as("nothing stored before completion").isEmpty();

		TestRounds.complete(this.http, admin, round);

		StoredRound stored = this.storage.find(round).orElseThrow();
		assertThat(stored.scores()).isEqualTo(freshComputation(round));
		assertThat(stored.scores().overall().score()).isNotNull();
		assertThat(stored.organisationCode()).isEqualTo(CODE);
		assertThat(stored.modelKey()).isEqualTo(TestRounds.MODEL);
		assertThat(stored.modelMajor()).isEqualTo(1);
		assertThat(stored.published()).isTrue();
		assertThat(stored.organisationLevel()).isTrue();
	}

	@Test
	void reopeningWithdrawsTheStoredScoresUntilCompletedAgain() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 4);
		TestRounds.complete(this.http, admin, round);
		long before = this.storage.revision();

		this.http.post().uri("/api/v1/assessments/{id}/reopen", round).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Ett svar var fel")).exchange()
			.expectStatus().isOk();

		assertThat(this.storage.find(round)).isEmpty();
		assertThat(this.storage.revision()).isGreaterThan(before);

		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 1);
		TestRounds.complete(this.http, admin, round);
		assertThat(this.storage.find(round).orElseThrow().scores()).isEqualTo(freshComputation(round));
	}

	@Test
	void publicationChangeIsCopiedToTheStoredRound() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 2);
		TestRounds.complete(this.http, admin, round);

		this.http.put().uri("/api/v1/assessments/{id}/publication", round).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("published", false)).exchange().expectStatus().isOk();

		assertThat(this.storage.find(round).orElseThrow().published()).isFalse();
	}

	@Test
	void refusedReopenChangesNothingStored() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 2);
		TestRounds.complete(this.http, admin, round);

		this.http.post().uri("/api/v1/assessments/{id}/reopen", round).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", " ")).exchange()
			.expectStatus().isBadRequest();

		assertThat(this.storage.find(round)).isPresent();
	}

	private ScopeScores freshComputation(long round) {
		RoundView view = this.results.resultWithoutAccessCheck(round).round();
		Map<String, IndicatorValue> values = this.results.resultWithoutAccessCheck(round).values();
		return ScopeScoring.scoreAll(view.model().scoringScale(),
				view.indicators().stream().map(view.model()::placement).toList(), values);
	}

	private void dontKnow(TestUser user, long round, String indicator) {
		this.http.put().uri("/api/v1/assessments/{id}/answers/{key}", round, indicator).headers(user.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "DONT_KNOW")).exchange().expectStatus().isOk();
	}

}
