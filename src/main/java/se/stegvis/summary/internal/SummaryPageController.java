package se.stegvis.summary.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.Membership;
import se.stegvis.account.OrganisationScoped;
import se.stegvis.account.Role;
import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundFacilitation;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.Rounds;
import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.summary.ComparisonScope;
import se.stegvis.summary.Comparisons;
import se.stegvis.summary.Summaries;
import se.stegvis.summary.Summary;

/**
 * The summary page of a round ({@code /omgangar/{id}/sammanfattning}, any member; preliminary while the round is
 * open) and the main navigation's "Sammanfattning", which opens the newest round of the selected organisation.
 */
@Controller
class SummaryPageController {

	private final RoundResults results;

	private final Rounds rounds;

	private final RoundFacilitation facilitation;

	private final Summaries summaries;

	private final Comparisons comparisons;

	private final SummaryViews views;

	private final CurrentUsers users;

	private final OrganisationCatalog organisations;

	private final MessageSource messages;

	SummaryPageController(RoundResults results, Rounds rounds, RoundFacilitation facilitation, Summaries summaries,
			Comparisons comparisons, SummaryViews views, CurrentUsers users, OrganisationCatalog organisations,
			MessageSource messages) {
		this.results = results;
		this.rounds = rounds;
		this.facilitation = facilitation;
		this.summaries = summaries;
		this.comparisons = comparisons;
		this.views = views;
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/omgangar/{id}/sammanfattning")
	@OrganisationScoped
	String summary(@PathVariable long id, @RequestParam(name = "jamforelse", required = false) @Nullable String choice,
			Model model, Locale locale) {
		RoundResult result = this.results.result(id);
		Summary summary = this.summaries.summary(result);
		Round round = result.round().round();
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
		CurrentUser user = this.users.require();
		List<IndicatorSpread> spread = round.mode() == RoundMode.INDIVIDUAL
				&& user.hasRole(round.organisationCode(), Role.ORG_ADMIN) ? this.facilitation.distribution(id) : null;
		String organisationName = this.organisations.findByCode(round.organisationCode())
			.map(Organisation::name)
			.orElse(round.organisationCode());
		model.addAttribute("view", this.views.view(summary, result, chosen, chosenNetwork, organisationName, spread,
				(previous) -> this.rounds.get(previous).round().title(), this.comparisons.k(), locale));
		model.addAttribute("errors", invalidChoice ? Map.of("jamforelse",
				this.messages.getMessage("summary.choice.invalid", null, locale)) : Map.of());
		return "summary/summary";
	}

	/** The main navigation's "Sammanfattning": the newest round of the selected organisation, else the rounds page. */
	@GetMapping("/sammanfattning")
	String newest() {
		CurrentUser user = this.users.require();
		String code = user.selectedMembership().map(Membership::organisationCode).orElse(null);
		if (code == null) {
			return "redirect:/omgangar";
		}
		List<Round> list = this.rounds.list(code);
		return list.isEmpty() ? "redirect:/omgangar" : "redirect:/omgangar/" + list.get(0).id() + "/sammanfattning";
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

}
