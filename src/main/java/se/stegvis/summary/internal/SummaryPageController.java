package se.stegvis.summary.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import se.stegvis.assessment.Round;
import se.stegvis.assessment.Rounds;

/**
 * The summary page of a round ({@code /omgangar/{id}/sammanfattning}, any member; preliminary while the round is
 * open) and the main navigation's "Sammanfattning", which opens the newest round of the selected organisation.
 */
@Controller
class SummaryPageController {

	private final SummaryResponses responses;

	private final Rounds rounds;

	private final CurrentUsers users;

	private final MessageSource messages;

	private final SummaryHtml html;

	SummaryPageController(SummaryResponses responses, Rounds rounds, CurrentUsers users, MessageSource messages,
			SummaryHtml html) {
		this.responses = responses;
		this.html = html;
		this.rounds = rounds;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/omgangar/{id}/sammanfattning")
	@OrganisationScoped
	String summary(@PathVariable long id, @RequestParam(name = "jamforelse", required = false) @Nullable String choice,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		SummaryResponses.RenderedPage page = this.responses.page(id, choice, locale,
				(view, invalidChoice) -> this.html.render(view, invalidChoice ? Map.of("jamforelse",
						this.messages.getMessage("summary.choice.invalid", null, locale)) : Map.of(), locale, request,
						response));
		model.addAttribute("summaryTitle", page.title());
		model.addAttribute("summaryHtml", page.html());
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

}
