package se.stegvis.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.network.NetworkAccess;
import se.stegvis.network.NetworkMember;
import se.stegvis.network.Networks;
import se.stegvis.summary.internal.ScoreRows;

/**
 * The figures of a network by name (DESIGN.md §3): consenting members only, read afresh on every call (consent
 * is never cached), and their rounds as comparisons count them (latest completed, published, organisation-level
 * round of the model key and major version in the window), with the mean through {@code scoring}'s network
 * policy (no k). Access rules are {@link Networks#read}'s: 404 for outsiders, the invitation only for members
 * that do not consent.
 */
@Service
@Transactional(readOnly = true)
public class NetworkComparisons {

	private final Networks networks;

	private final Comparisons comparisons;

	private final ScoreRows rows;

	private final ModelCatalog models;

	NetworkComparisons(Networks networks, Comparisons comparisons, ScoreRows rows, ModelCatalog models) {
		this.networks = networks;
		this.comparisons = comparisons;
		this.rows = rows;
		this.models = models;
	}

	/**
	 * The network's figures on a model key.
	 *
	 * @param modelKey the model to compare; null for the one most consenting members used in their latest round
	 *     (ties: the first key in alphabetical order)
	 * @throws se.stegvis.web.NotFoundException for an unknown network or someone with no part in it
	 * @throws UnknownModelChoiceException when {@code modelKey} is not a model any consenting member has used
	 */
	public NetworkResult result(long networkId, @Nullable String modelKey) {
		NetworkAccess access = this.networks.read(networkId);
		if (!access.figures()) {
			return new NetworkResult(access, null, null, List.of(), List.of(), null);
		}
		List<String> codes = access.consentingCodes();
		List<StoredRound> stored = this.rows.organisationLevel(codes)
			.stream()
			.filter(StoredRound::published)
			.toList();
		TreeSet<String> keys = new TreeSet<>();
		stored.forEach((r) -> keys.add(r.modelKey()));
		String key = modelKey == null || modelKey.isBlank() ? mostUsed(stored) : modelKey.strip();
		if (key != null && !keys.contains(key)) {
			throw new UnknownModelChoiceException(key, List.copyOf(keys));
		}
		if (key == null) {
			List<NetworkResult.MemberResult> members = access.consenting()
				.stream()
				.map((m) -> new NetworkResult.MemberResult(m, null))
				.toList();
			return new NetworkResult(access, null, null, List.of(), members, null);
		}
		String chosen = key;
		int major = stored.stream().filter((r) -> r.modelKey().equals(chosen)).mapToInt(StoredRound::modelMajor).max()
			.orElseThrow();
		Map<String, StoredRound> counted = this.comparisons.countedRounds(codes, chosen, major);
		List<NetworkResult.MemberResult> members = new ArrayList<>();
		for (NetworkMember member : access.consenting()) {
			members.add(new NetworkResult.MemberResult(member, counted.get(member.organisationCode())));
		}
		Comparison mean = this.comparisons.network(networkId, access.network().name(), codes, chosen, major);
		AssessmentModel model = counted.values()
			.stream()
			.max(Comparator.comparing(StoredRound::firstCompletedAt))
			.flatMap((r) -> this.models.find(r.modelKey(), r.modelVersion()))
			.or(() -> this.models.latestPublished(chosen, major))
			.orElse(null);
		return new NetworkResult(access, chosen, model, List.copyOf(keys), members, mean);
	}

	/** The model key of most members' latest round; null when none has one. */
	private static @Nullable String mostUsed(List<StoredRound> stored) {
		Map<String, StoredRound> latest = new HashMap<>();
		for (StoredRound r : stored) {
			latest.merge(r.organisationCode(), r, (a, b) -> a.firstCompletedAt().isAfter(b.firstCompletedAt()) ? a : b);
		}
		Map<String, Integer> counts = new HashMap<>();
		latest.values().forEach((r) -> counts.merge(r.modelKey(), 1, Integer::sum));
		return counts.entrySet()
			.stream()
			.min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/** A model key was chosen that no consenting member has a completed round of. */
	public static class UnknownModelChoiceException extends RuntimeException {

		private final String modelKey;

		private final List<String> available;

		UnknownModelChoiceException(String modelKey, List<String> available) {
			super("no member has a completed round of " + modelKey);
			this.modelKey = modelKey;
			this.available = List.copyOf(available);
		}

		public String modelKey() {
			return this.modelKey;
		}

		public List<String> available() {
			return this.available;
		}

	}

}
