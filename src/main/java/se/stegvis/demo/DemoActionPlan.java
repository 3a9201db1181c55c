package se.stegvis.demo;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.ActionItemDraft;
import se.stegvis.actionplan.ActionItems;
import se.stegvis.actionplan.SuggestionView;
import se.stegvis.actionplan.Suggestions;
import se.stegvis.assessment.AnswerChoice;
import se.stegvis.assessment.AnswerInput;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundAnswers;
import se.stegvis.assessment.RoundLifecycle;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.Rounds;
import se.stegvis.assessment.StartRound;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.ActivityKind;

/**
 * The whole loop for Östersund (2380) in the demo: two completed rounds and an open one, and a plan with
 * items in every status, some overdue, some carried over from an earlier round, with follow-ups, so that a
 * newcomer sees suggestions, plan, board and follow-up with something in them. Everything goes through the
 * public services as {@code ostersund.admin}; the answers follow a fixed rule and due dates lie at fixed
 * distances from the day of seeding. Seeded once: nothing happens when Östersund already has these rounds.
 */
@Component
@Profile("demo")
@Order(200)
class DemoActionPlan implements ApplicationRunner {

	static final String CODE = "2380";

	static final String ADMIN = "ostersund.admin";

	static final String FIRST = "Egenvärdering 2024";

	static final String SECOND = "Egenvärdering 2025";

	static final String THIRD = "Egenvärdering 2026";

	private static final String MODEL = "stegvis-socialtjanst";

	private static final Logger log = LoggerFactory.getLogger(DemoActionPlan.class);

	private final Rounds rounds;

	private final RoundAnswers answers;

	private final RoundLifecycle lifecycle;

	private final Suggestions suggestions;

	private final ActionItems items;

	DemoActionPlan(Rounds rounds, RoundAnswers answers, RoundLifecycle lifecycle, Suggestions suggestions,
			ActionItems items) {
		this.rounds = rounds;
		this.answers = answers;
		this.lifecycle = lifecycle;
		this.suggestions = suggestions;
		this.items = items;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null, List.of()));
		try {
			if (this.rounds.list(CODE).stream().anyMatch((r) -> r.title().equals(FIRST))) {
				return;
			}
			seed();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seed() {
		LocalDate today = ActionItems.today();
		Round first = start(FIRST, "2024");
		answerAll(first, 0);
		List<SuggestionView> early = improvements(first.id());
		adopt(first.id(), early.get(0), "DONE", today.minusMonths(14), today.minusMonths(8), "HIGH", "Socialchef",
				"Strategin antogs av socialnämnden.");
		adopt(first.id(), early.get(1), "DONE", today.minusMonths(12), today.minusMonths(6), "MEDIUM", "Verksamhetsutvecklare",
				"Klart och presenterat på ledningsgruppen.");
		adopt(first.id(), early.get(2), "CANCELLED", today.minusMonths(12), today.minusMonths(3), "LOW", "IT-samordnare",
				"Avbruten: ersätts av den regionala satsningen.");
		adopt(first.id(), early.get(3), "IN_PROGRESS", today.minusMonths(10), today.minusMonths(1), "HIGH", "Enhetschef hemtjänst",
				"Arbetet är försenat på grund av vakanser.");
		adopt(first.id(), early.get(4), "PAUSED", today.minusMonths(9), today.plusMonths(4), "MEDIUM", "Kvalitetsstrateg", null);
		this.lifecycle.complete(first.id());

		Round second = start(SECOND, "2025");
		answerAll(second, 1);
		this.lifecycle.complete(second.id());
		List<SuggestionView> later = improvements(second.id());
		List<String> adopted = this.items.plan(CODE).stream().map(ActionItem::activityKey).toList();
		List<SuggestionView> fresh = later.stream().filter((s) -> !adopted.contains(s.activityKey())).toList();
		adopt(second.id(), fresh.get(0), "IN_PROGRESS", today.minusMonths(2), today.plusMonths(3), "HIGH", "Socialchef",
				"Projektplanen är klar och arbetsgruppen utsedd.");
		adopt(second.id(), fresh.get(1), "IN_PROGRESS", today.minusMonths(5), today.minusWeeks(2), "MEDIUM", "Systemförvaltare",
				null);
		adopt(second.id(), fresh.get(2), "NOT_STARTED", today.plusMonths(1), today.plusMonths(8), "LOW", "HR-strateg", null);
		adopt(second.id(), fresh.get(3), "NOT_STARTED", null, today.plusMonths(10), "MEDIUM", null, null);
		ActionItem own = this.items.create(second.id(), new ActionItemDraft("Utbildning i digitala arbetssätt för alla chefer",
				"En halvdag per chef, i samarbete med Region Jämtland Härjedalen.", null,
				List.of(this.rounds.get(second.id()).indicators().get(0).key()), "3", "Alla chefer har gått utbildningen.", "Utbildningssamordnare",
				null, today.minusMonths(1).toString(), today.plusMonths(5).toString(), "MEDIUM", "IN_PROGRESS"));
		this.items.addFollowUp(own.id(), today.minusWeeks(1).toString(), "Två av fem utbildningstillfällen är genomförda.");

		Round third = start(THIRD, "2026");
		answerSome(third);
		log.info("Demo data: Östersund has three rounds and an action plan of {} items", this.items.plan(CODE).size());
	}

	private Round start(String title, String period) {
		return this.rounds.start(new StartRound(CODE, null, MODEL, null, title, period, RoundMode.GROUP, null, null, false,
				true));
	}

	/** Level by a fixed rule: {@code (index + step) % 4}, every 13th Vet ej, every 17th Ej relevant. */
	private void answerAll(Round round, int step) {
		List<Indicator> indicators = this.rounds.get(round.id()).indicators();
		for (int i = 0; i < indicators.size(); i++) {
			this.answers.save(round.id(), indicators.get(i).key(), answer(i, step), null);
		}
	}

	private void answerSome(Round round) {
		List<Indicator> indicators = this.rounds.get(round.id()).indicators();
		for (int i = 0; i < indicators.size() / 3; i++) {
			this.answers.save(round.id(), indicators.get(i).key(), answer(i, 2), null);
		}
	}

	private static AnswerInput answer(int index, int step) {
		if (index % 13 == 5 && step == 0) {
			return AnswerInput.of(AnswerChoice.DONT_KNOW, null, null, null);
		}
		if (index % 17 == 9) {
			return AnswerInput.of(AnswerChoice.NOT_APPLICABLE, null, null, null);
		}
		return AnswerInput.level(Math.min(4, index % 4 + step));
	}

	/** The best-ranked IMPROVE suggestion of each indicator, in rank order. */
	private List<SuggestionView> improvements(long roundId) {
		java.util.Map<String, SuggestionView> best = new java.util.LinkedHashMap<>();
		this.suggestions.of(roundId)
			.suggestions()
			.stream()
			.filter((s) -> s.kind() == ActivityKind.IMPROVE)
			.forEach((s) -> best.putIfAbsent(s.indicatorKey(), s));
		return List.copyOf(best.values());
	}

	private void adopt(long roundId, SuggestionView suggestion, String status, @Nullable LocalDate start, LocalDate due,
			String priority, @Nullable String owner, @Nullable String followUp) {
		ActionItemDraft d = this.items.draftFrom(roundId, suggestion.activityKey());
		ActionItem item = this.items.create(roundId, new ActionItemDraft(d.title(), d.description(), d.activityKey(),
				d.indicatorKeys(), d.targetLevel(), null, owner, null, start == null ? null : start.toString(), due.toString(),
				priority, status));
		if (followUp != null) {
			this.items.addFollowUp(item.id(), due.minusWeeks(2).isAfter(ActionItems.today())
					? ActionItems.today().toString() : due.minusWeeks(2).toString(), followUp);
		}
	}

}
