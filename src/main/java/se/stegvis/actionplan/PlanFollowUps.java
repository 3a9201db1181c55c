package se.stegvis.actionplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.actionplan.PlanProgress.IndicatorChange;
import se.stegvis.actionplan.PlanProgress.RoundComparison;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.Rounds;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.Scale;

/**
 * The follow-up of an organisation's plan: progress by status, overdue items, what was done since the last
 * round, and — once a later round is completed — each indicator's value before and after with its items.
 * Values come from {@code assessment.RoundResults}; nothing is recomputed.
 */
@Service
@Transactional(readOnly = true)
public class PlanFollowUps {

	private final ActionItems items;

	private final Rounds rounds;

	private final RoundResults results;

	PlanFollowUps(ActionItems items, Rounds rounds, RoundResults results) {
		this.items = items;
		this.rounds = rounds;
		this.results = results;
	}

	/**
	 * The organisation's plan progress; any member.
	 * @throws se.stegvis.web.NotFoundException for a non-member
	 */
	public PlanProgress progress(String organisationCode) {
		List<ActionItem> plan = this.items.plan(organisationCode);
		List<Round> all = this.rounds.list(organisationCode);
		LocalDate today = ActionItems.today();
		Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
		for (ItemStatus status : ItemStatus.values()) {
			counts.put(status, (int) plan.stream().filter((i) -> i.status() == status).count());
		}
		int overdue = (int) plan.stream().filter((i) -> i.overdueOn(today)).count();
		Round last = all.stream()
			.filter(Round::isCompleted)
			.max(Comparator.comparing((Round r) -> Objects.requireNonNull(r.completedAt())))
			.orElse(null);
		Instant since = last == null ? Instant.EPOCH : Objects.requireNonNull(last.completedAt());
		int doneSince = (int) plan.stream()
			.filter((i) -> i.status() == ItemStatus.DONE && i.doneAt() != null && i.doneAt().isAfter(since))
			.count();
		List<RoundComparison> comparisons = new ArrayList<>();
		Map<Long, List<ActionItem>> byOrigin = new LinkedHashMap<>();
		plan.forEach((i) -> byOrigin.computeIfAbsent(i.originAssessmentId(), (k) -> new ArrayList<>()).add(i));
		for (Map.Entry<Long, List<ActionItem>> origin : byOrigin.entrySet()) {
			Round before = all.stream().filter((r) -> r.id() == origin.getKey()).findFirst().orElse(null);
			if (before == null) {
				continue;
			}
			later(before, all).ifPresent((after) -> comparisons.add(compare(before, after, origin.getValue())));
		}
		comparisons.sort(Comparator.comparing((RoundComparison c) -> c.before().createdAt()).reversed());
		return new PlanProgress(counts, plan.size(), overdue, last, doneSince, comparisons);
	}

	/** The latest completed round of the same organisation or unit and model that was started after {@code before}. */
	private static Optional<Round> later(Round before, List<Round> all) {
		return all.stream()
			.filter((r) -> r.id() != before.id() && r.isCompleted() && r.modelKey().equals(before.modelKey())
					&& Objects.equals(r.unitId(), before.unitId()) && r.createdAt().isAfter(before.createdAt()))
			.max(Comparator.comparing(Round::createdAt));
	}

	private RoundComparison compare(Round before, Round after, List<ActionItem> items) {
		RoundResult then = this.results.result(before.id());
		RoundResult now = this.results.result(after.id());
		Scale scale = now.round().model().scoringScale();
		Map<String, List<ActionItem>> byIndicator = new LinkedHashMap<>();
		for (Indicator indicator : then.round().indicators()) {
			List<ActionItem> moving = items.stream().filter((i) -> i.indicatorKeys().contains(indicator.key())).toList();
			if (!moving.isEmpty()) {
				byIndicator.put(indicator.key(), moving);
			}
		}
		List<IndicatorChange> changes = new ArrayList<>();
		byIndicator.forEach((key, moving) -> {
			Indicator indicator = then.round().model().indicator(key).orElseThrow();
			IndicatorValue was = then.values().getOrDefault(key, IndicatorValue.UNANSWERED);
			IndicatorValue is = now.values().getOrDefault(key, IndicatorValue.UNANSWERED);
			changes.add(new IndicatorChange(key, indicator.text(), was, is,
					delta(scale, was, is, indicator.reverse()), moving));
		});
		return new RoundComparison(before, after, changes);
	}

	private static @Nullable BigDecimal delta(Scale scale, IndicatorValue before, IndicatorValue after, boolean reverse) {
		BigDecimal was = scale.maturityValue(before, reverse);
		BigDecimal is = scale.maturityValue(after, reverse);
		return was == null || is == null ? null : is.subtract(was);
	}

}
