package se.stegvis.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.assessment.Unit;
import se.stegvis.assessment.Units;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.Trend;
import se.stegvis.summary.internal.ScoreRows;

/**
 * An organisation's units side by side (no k inside one's own organisation): each unit's latest completed round
 * of one model key and major version, from the stored scores, and its trend against the unit's previous completed
 * round of the same model key, computed as the summary's trend is ({@link Trend#deltas}). Any member of the
 * organisation; others get 404 (through {@link Units#list}).
 */
@Service
@Transactional(readOnly = true)
public class UnitResults {

	private final Units units;

	private final ScoreRows rows;

	private final ModelCatalog models;

	UnitResults(Units units, ScoreRows rows, ModelCatalog models) {
		this.units = units;
		this.rows = rows;
		this.models = models;
	}

	/**
	 * @param modelKey null for the model most units used in their latest round
	 * @throws NetworkComparisons.UnknownModelChoiceException when no unit has a completed round of the model key
	 */
	public Result result(String organisationCode, @Nullable String modelKey) {
		List<Unit> units = this.units.list(organisationCode);
		List<StoredRound> stored = this.rows.unitRounds(organisationCode);
		TreeSet<String> keys = new TreeSet<>();
		stored.forEach((r) -> keys.add(r.modelKey()));
		String key = modelKey == null || modelKey.isBlank() ? mostUsed(stored) : modelKey.strip();
		if (key != null && !keys.contains(key)) {
			throw new NetworkComparisons.UnknownModelChoiceException(key, List.copyOf(keys));
		}
		if (key == null) {
			return new Result(organisationCode, null, null, List.of(),
					units.stream().map((u) -> new UnitResult(u, null, null, null)).toList());
		}
		String chosen = key;
		int major = stored.stream().filter((r) -> r.modelKey().equals(chosen)).mapToInt(StoredRound::modelMajor).max()
			.orElseThrow();
		List<UnitResult> results = new ArrayList<>();
		StoredRound newest = null;
		for (Unit unit : units) {
			List<StoredRound> history = this.rows.history(organisationCode, unit.id(), chosen);
			StoredRound latest = null;
			StoredRound previous = null;
			for (StoredRound r : history) {
				if (r.modelMajor() == major) {
					latest = r;
				}
			}
			// The trend compares with the completed round just before the latest, whatever its major version
			// (dimension and area keys are stable across versions), as the summary page's trend does.
			if (latest != null) {
				StoredRound current = latest;
				previous = history.stream()
					.filter((r) -> r.firstCompletedAt().isBefore(current.firstCompletedAt())
							|| (r.firstCompletedAt().equals(current.firstCompletedAt()) && r.roundId() < current.roundId()))
					.reduce((a, b) -> b)
					.orElse(null);
				if (newest == null || latest.firstCompletedAt().isAfter(newest.firstCompletedAt())) {
					newest = latest;
				}
			}
			Map<ScopeKey, @Nullable BigDecimal> deltas = latest == null || previous == null ? null
					: Trend.deltas(latest.scores(), previous.scores());
			results.add(new UnitResult(unit, latest, previous, deltas));
		}
		AssessmentModel model = newest == null ? null
				: this.models.find(newest.modelKey(), newest.modelVersion()).orElse(null);
		return new Result(organisationCode, chosen, model, List.copyOf(keys), results);
	}

	private static @Nullable String mostUsed(List<StoredRound> stored) {
		Map<Long, StoredRound> latest = new HashMap<>();
		for (StoredRound r : stored) {
			latest.merge(r.unitId(), r, (a, b) -> a.firstCompletedAt().isAfter(b.firstCompletedAt()) ? a : b);
		}
		Map<String, Integer> counts = new HashMap<>();
		latest.values().forEach((r) -> counts.merge(r.modelKey(), 1, Integer::sum));
		return counts.entrySet()
			.stream()
			.min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * @param modelKey null when no unit has a completed round
	 * @param units every unit in the organisation's tree order
	 */
	public record Result(String organisationCode, @Nullable String modelKey, @Nullable AssessmentModel model,
			List<String> modelKeys, List<UnitResult> units) {

		public Result {
			modelKeys = List.copyOf(modelKeys);
			units = List.copyOf(units);
		}

	}

	/**
	 * @param latest the unit's latest completed round of the model key and major version; null when none
	 * @param previous the unit's completed round before it on the model key; null when none
	 * @param deltas latest − previous per scope (null where either is null); null without a previous round
	 */
	public record UnitResult(Unit unit, @Nullable StoredRound latest, @Nullable StoredRound previous,
			@Nullable Map<ScopeKey, @Nullable BigDecimal> deltas) {
	}

}
