package se.stegvis.summary.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.network.NetworkAccess;
import se.stegvis.network.NetworkMember;
import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.NetworkResult;
import se.stegvis.summary.StoredRound;
import se.stegvis.summary.SummaryBody.AreaBody;
import se.stegvis.summary.SummaryBody.ScoreBody;

/**
 * {@code GET /api/v1/networks/{id}}: the consenting members' latest results by name, rounded as the summary API
 * rounds. {@code access} is FIGURES or INVITATION; with INVITATION (the caller's organisation has not consented)
 * only the network, its owner and the caller's own organisations' states are given: {@code members},
 * {@code withoutRound} and {@code modelKeys} are empty and {@code mean} is null.
 */
record NetworkBody(long id, String name, String ownerOrganisationCode, String ownerName, Instant createdAt,
		String access, boolean coordinator, List<OwnBody> own, @Nullable String modelKey, @Nullable Integer modelMajor,
		List<String> modelKeys, List<MemberBody> members, List<OwnBody> withoutRound, @Nullable MeanBody mean) {

	record OwnBody(String organisationCode, String organisationName, String state) {

		static OwnBody of(NetworkMember m) {
			return new OwnBody(m.organisationCode(), m.organisationName(), m.state().name());
		}

	}

	record MemberBody(String organisationCode, String organisationName, long assessmentId, String title,
			String modelVersion, Instant completedAt, ScoreBody overall, List<ScoreBody> dimensions, List<AreaBody> areas) {
	}

	record EntryBody(@Nullable String key, int n, @Nullable BigDecimal mean, @Nullable String reason) {

		static EntryBody of(@Nullable String key, ComparisonEntry e) {
			return new EntryBody(key, e.n(), DisplayRounding.oneDecimalOrNull(e.mean()),
					e.reason() == null ? null : e.reason().name());
		}

	}

	/** The network's mean over the members with a round; n = those members. */
	record MeanBody(int n, EntryBody overall, List<EntryBody> dimensions, List<EntryBody> areas, Instant computedAt) {
	}

	static NetworkBody of(NetworkResult result) {
		NetworkAccess access = result.access();
		List<MemberBody> members = new ArrayList<>();
		List<OwnBody> without = new ArrayList<>();
		for (NetworkResult.MemberResult m : result.members()) {
			StoredRound r = m.round();
			if (r == null) {
				without.add(OwnBody.of(m.member()));
				continue;
			}
			ScopeScores s = r.scores();
			List<ScoreBody> dimensions = new ArrayList<>();
			s.dimensions().forEach((k, v) -> dimensions.add(ScoreBody.of(k, v)));
			List<AreaBody> areas = new ArrayList<>();
			s.areas().forEach((k, v) -> {
				List<ScoreBody> cells = new ArrayList<>();
				s.cellsOf(k).forEach((d, c) -> cells.add(ScoreBody.of(d, c)));
				areas.add(new AreaBody(k, DisplayRounding.oneDecimalOrNull(v.score()), v.coverage(), v.scored(), v.total(),
						cells));
			});
			members.add(new MemberBody(m.member().organisationCode(), m.member().organisationName(), r.roundId(), r.title(),
					r.modelVersion(), r.firstCompletedAt(), ScoreBody.of(null, s.overall()), dimensions, areas));
		}
		Integer major = result.withRound().stream().findFirst().map((m) -> m.round().modelMajor()).orElse(null);
		return new NetworkBody(access.network().id(), access.network().name(), access.network().ownerOrganisationCode(),
				access.network().ownerName(), access.network().createdAt(), access.figures() ? "FIGURES" : "INVITATION",
				access.coordinator(), access.own().stream().map(OwnBody::of).toList(), result.modelKey(), major,
				result.modelKeys(), members, without, mean(result.mean(), result));
	}

	private static @Nullable MeanBody mean(@Nullable Comparison mean, NetworkResult result) {
		if (mean == null) {
			return null;
		}
		List<String> dimensions = new ArrayList<>();
		List<String> areas = new ArrayList<>();
		for (NetworkResult.MemberResult m : result.withRound()) {
			m.round().scores().dimensions().keySet().stream().filter((k) -> !dimensions.contains(k)).forEach(dimensions::add);
			m.round().scores().areas().keySet().stream().filter((k) -> !areas.contains(k)).forEach(areas::add);
		}
		return new MeanBody(mean.n(), EntryBody.of(null, mean.entry(ScopeKey.OVERALL)),
				dimensions.stream().map((k) -> EntryBody.of(k, mean.entry(ScopeKey.dimension(k)))).toList(),
				areas.stream().map((k) -> EntryBody.of(k, mean.entry(ScopeKey.area(k)))).toList(), mean.computedAt());
	}

}
