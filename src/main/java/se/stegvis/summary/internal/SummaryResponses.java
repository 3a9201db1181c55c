package se.stegvis.summary.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.CurrentUsers;
import se.stegvis.account.Role;
import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundFacilitation;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.Rounds;
import se.stegvis.network.ConsentingNetwork;
import se.stegvis.network.Networks;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.summary.ComparisonScope;
import se.stegvis.summary.Comparisons;
import se.stegvis.summary.Summaries;
import se.stegvis.summary.Summary;
import se.stegvis.summary.SummaryBody;

/**
 * What the summary page and the summary API answer. For a completed round both (the API's as serialised JSON) are kept in the
 * {@link SummaryCache} of the stored revision, keyed by everything else they are drawn from, which is read
 * afresh on every request: the round row, the comparison snapshot's time, the consenting networks with their
 * members (kept with the revision too, which their changes raise), the language and, for the page, the choice, the organisation's name and whether the reader sees the
 * distribution. An open round is built anew on every request. The access check comes first, always.
 *
 * <p>No transaction of its own, only one connection for the request: under READ COMMITTED a read-only transaction
 * gives its statements no common snapshot, so it would only add a COMMIT to every request. What keeps a generation
 * from holding figures older than its revision is the order: the revision is read first, and every later statement
 * sees at least what was committed before it. The services that build a summary on a miss have their own.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class SummaryResponses {

	private final Rounds rounds;

	private final RoundResults results;

	private final RoundFacilitation facilitation;

	private final Summaries summaries;

	private final Comparisons comparisons;

	private final Networks networks;

	private final SummaryViews views;

	private final CurrentUsers users;

	private final OrganisationCatalog organisations;

	private final SummaryCache cache;

	private final JsonMapper json;

	SummaryResponses(Rounds rounds, RoundResults results, RoundFacilitation facilitation, Summaries summaries,
			Comparisons comparisons, Networks networks, SummaryViews views, CurrentUsers users,
			OrganisationCatalog organisations, SummaryCache cache, JsonMapper json) {
		this.json = json;
		this.rounds = rounds;
		this.results = results;
		this.facilitation = facilitation;
		this.summaries = summaries;
		this.comparisons = comparisons;
		this.networks = networks;
		this.views = views;
		this.users = users;
		this.organisations = organisations;
		this.cache = cache;
	}

	/**
	 * The page of a round, for a member of its organisation (else 404): its title and its content as HTML, rendered
	 * by {@code render} from the view and whether the choice was refused. A completed round's is kept.
	 */
	RenderedPage page(long roundId, @Nullable String choice, Locale locale, Renderer render) {
		RoundView view = this.rounds.get(roundId);
		Round round = view.round();
		boolean distribution = round.mode() == RoundMode.INDIVIDUAL
				&& this.users.require().hasRole(round.organisationCode(), Role.ORG_ADMIN);
		String organisationName = this.organisations.name(round.organisationCode()).orElse(round.organisationCode());
		if (!round.isCompleted()) {
			RoundResult result = this.results.result(roundId);
			return rendered(page(this.summaries.summary(result), result, choice, distribution, organisationName, locale),
					render);
		}
		SummaryCache.Generation generation = this.cache.generation();
		List<ConsentingNetwork> networks = consentingNetworks(round.organisationCode(), generation);
		PageKey key = new PageKey(round, choiceKey(choice, networks), locale, distribution, organisationName,
				computedAt(view, generation), networks, this.comparisons.k());
		return generation.get(key, () -> {
			// Answers and targets of a completed round are read-only; a reopen changes the round row and the revision.
			RoundResult result = generation.get(new ResultKey(round), () -> this.results.result(roundId));
			return rendered(page(this.summaries.completed(view, generation, networks), result, choice, distribution,
					organisationName, locale), render);
		});
	}

	/**
	 * The API's summary of a round as JSON (UTF-8), serialised by the application's {@link JsonMapper} as the
	 * API's other bodies, for a member of its organisation (else 404).
	 */
	byte[] body(long roundId, Locale locale) {
		RoundView view = this.rounds.get(roundId);
		if (!view.round().isCompleted()) {
			return this.json.writeValueAsBytes(SummaryBody.of(this.summaries.summary(view), locale));
		}
		SummaryCache.Generation generation = this.cache.generation();
		List<ConsentingNetwork> networks = consentingNetworks(view.round().organisationCode(), generation);
		BodyKey key = new BodyKey(view.round(), locale, computedAt(view, generation), networks);
		return generation.get(key, () -> this.json
			.writeValueAsBytes(SummaryBody.of(this.summaries.completed(view, generation, networks), locale)));
	}

	/** A change of a network's members raises the revision ({@code ScoreStorage}), so they are kept with it. */
	private List<ConsentingNetwork> consentingNetworks(String organisationCode, SummaryCache.Generation generation) {
		return generation.get(new NetworksKey(organisationCode),
				() -> this.networks.consentingNetworksOf(organisationCode));
	}

	private Instant computedAt(RoundView view, SummaryCache.Generation generation) {
		return this.comparisons.computedAt(view.round().modelKey(), view.model().version().major(),
				generation.revision());
	}

	private SummaryPage page(Summary summary, RoundResult result, @Nullable String choice, boolean distribution,
			String organisationName, Locale locale) {
		long roundId = summary.round().round().id();
		ComparisonScope chosen = ComparisonScope.NATIONAL;
		Long chosenNetwork = null;
		boolean invalidChoice = false;
		if (choice != null && !choice.isBlank()) {
			Long network = network(choice);
			ComparisonScope parsed = parse(choice);
			if (network != null && summary.network(network) != null) {
				chosen = ComparisonScope.NETWORK;
				chosenNetwork = network;
			}
			else if (parsed == null || summary.comparison(parsed) == null) {
				invalidChoice = true;
			}
			else {
				chosen = parsed;
			}
		}
		List<IndicatorSpread> spread = distribution ? this.facilitation.distribution(roundId) : null;
		return new SummaryPage(this.views.view(summary, result, chosen, chosenNetwork, organisationName, spread,
				(previous) -> this.rounds.get(previous).round().title(), this.comparisons.k(), locale), invalidChoice);
	}

	/**
	 * The choice as a cache key: blank, a scope's value, a consenting network's {@code natverk-<id>}, or one value
	 * for everything else (all of which show the error and the national comparison), so that made-up values
	 * cannot fill the cache.
	 */
	private static String choiceKey(@Nullable String choice, List<ConsentingNetwork> networks) {
		if (choice == null || choice.isBlank()) {
			return "";
		}
		if (SummaryViews.CHOICES.containsValue(choice)) {
			return choice;
		}
		Long network = network(choice);
		if (network != null && networks.stream().anyMatch((n) -> n.id() == network)) {
			return SummaryViews.NETWORK_CHOICE + network;
		}
		return "?";
	}

	/** The network id of a choice {@code natverk-<id>}; null for anything else. */
	private static @Nullable Long network(String choice) {
		if (!choice.startsWith(SummaryViews.NETWORK_CHOICE)) {
			return null;
		}
		try {
			return Long.valueOf(choice.substring(SummaryViews.NETWORK_CHOICE.length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable ComparisonScope parse(String choice) {
		return SummaryViews.CHOICES.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(choice))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private static RenderedPage rendered(SummaryPage page, Renderer render) {
		return new RenderedPage(page.view().title(), render.render(page.view(), page.invalidChoice()));
	}

	/** The page's view and whether the choice was refused (the view then shows the national comparison). */
	record SummaryPage(SummaryView view, boolean invalidChoice) {
	}

	/** Renders the page's content; what it renders may depend on nothing but the view and the refusal. */
	@FunctionalInterface
	interface Renderer {

		String render(SummaryView view, boolean invalidChoice);

	}

	/** The round's title (for the page title) and the page's content as HTML. */
	record RenderedPage(String title, String html) {
	}

	/** The round row stands for its status, completion time, title, period and mode. */
	private record PageKey(Round round, String choice, Locale locale, boolean distribution, String organisationName,
			Instant comparisonsComputedAt, List<ConsentingNetwork> networks, int k) {
	}

	private record BodyKey(Round round, Locale locale, Instant comparisonsComputedAt,
			List<ConsentingNetwork> networks) {
	}

	private record ResultKey(Round round) {
	}

	private record NetworksKey(String organisationCode) {
	}

}
