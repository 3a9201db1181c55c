package se.stegvis.summary.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import se.stegvis.account.OrganisationScoped;
import se.stegvis.summary.NetworkComparisons;
import se.stegvis.summary.NetworkComparisons.UnknownModelChoiceException;
import se.stegvis.summary.NetworkResult;
import se.stegvis.summary.StoredRound;

/**
 * A network's page ({@code /natverk/{id}}): the consenting members side by side by name, with the network's mean,
 * for members of consenting organisations and coordinators; the invitation alone for members that have not
 * consented; 404 for everyone else.
 */
@Controller
class NetworkFiguresPageController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final NetworkComparisons networks;

	private final SideBySide sideBySide;

	private final CurrentUsers users;

	private final MessageSource messages;

	NetworkFiguresPageController(NetworkComparisons networks, SideBySide sideBySide, CurrentUsers users,
			MessageSource messages) {
		this.networks = networks;
		this.sideBySide = sideBySide;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/natverk/{id}")
	@OrganisationScoped
	String network(@PathVariable long id, @RequestParam(name = "modell", required = false) @Nullable String modelKey,
			Model model, Locale locale) {
		NetworkResult result;
		Map<String, String> errors = Map.of();
		try {
			result = this.networks.result(id, modelKey);
		}
		catch (UnknownModelChoiceException ex) {
			result = this.networks.result(id, null);
			errors = Map.of("modell", text("network.figures.model.invalid", locale));
		}
		CurrentUser user = this.users.require();
		model.addAttribute("access", result.access());
		model.addAttribute("errors", errors);
		if (result.access().figures()) {
			List<SideBySide.Entry> entries = new ArrayList<>();
			DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
			boolean ownTaken = false;
			for (NetworkResult.MemberResult m : result.withRound()) {
				StoredRound r = m.round();
				boolean own = !ownTaken && user.isMember(m.member().organisationCode());
				ownTaken |= own;
				entries.add(new SideBySide.Entry(m.member().organisationName(),
						text("network.figures.roundDetail", locale, r.title(), date.format(r.firstCompletedAt().atZone(SWEDEN))),
						r.scores(), own));
			}
			String selected = result.modelKey();
			List<NetworkView.ModelChoice> choices = this.sideBySide.modelChoices(result.modelKeys(), selected, locale);
			model.addAttribute("view", this.sideBySide.view(choices, result.model(), entries, result.mean(),
					text("network.figures.mean", locale, result.access().network().name()),
					text("network.figures.column.organisation", locale), "radar-network",
					text("network.figures.radar.heading", locale), result.withoutRound()
						.stream()
						.map((m) -> m.member().organisationName())
						.toList(), locale));
		}
		return "summary/network";
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
