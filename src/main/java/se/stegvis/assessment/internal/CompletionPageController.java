package se.stegvis.assessment.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.RoundCompletedException;
import se.stegvis.assessment.RoundLifecycle;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.Area;
import se.stegvis.model.Indicator;
import se.stegvis.web.ConflictException;
import se.stegvis.web.FormErrors;

/**
 * Completing a round ({@code /omgangar/{id}/avsluta}: what is still unanswered per area, then a confirmation)
 * and reopening it with a reason ({@code /omgangar/{id}/ateroppna}). Org admin only; after success back to
 * the round's overview with a {@code success} flash.
 */
@Controller
@OrganisationScoped
class CompletionPageController {

	private final RoundLifecycle lifecycle;

	private final RoundAdminPages pages;

	CompletionPageController(RoundLifecycle lifecycle, RoundAdminPages pages) {
		this.lifecycle = lifecycle;
		this.pages = pages;
	}

	/** The unanswered indicators of one area, in model order. */
	record UnansweredArea(String areaKey, String title, List<String> indicators) {
	}

	@GetMapping("/omgangar/{id}/avsluta")
	String completeForm(@PathVariable long id, Model model) {
		return completePage(this.pages.adminView(id), FormErrors.none(), model);
	}

	@PostMapping("/omgangar/{id}/avsluta")
	ModelAndView complete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		try {
			this.lifecycle.complete(id);
		}
		catch (RoundCompletedException ex) {
			return RoundAdminPages.refused(completePage(view, FormErrors.of("complete", this.pages.text("roundadmin.completed")),
					model), model, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", this.pages.text("roundadmin.complete.done", view.round().title()));
		return new ModelAndView("redirect:/omgangar/" + id);
	}

	@GetMapping("/omgangar/{id}/ateroppna")
	String reopenForm(@PathVariable long id, Model model) {
		return reopenPage(this.pages.adminView(id), FormErrors.none(), "", model);
	}

	@PostMapping("/omgangar/{id}/ateroppna")
	ModelAndView reopen(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Model model,
			RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		try {
			this.lifecycle.reopen(id, reason);
		}
		catch (InvalidRoundInputException ex) {
			return RoundAdminPages.refused(reopenPage(view, this.pages.errors(ex, (f) -> f), reason, model), model,
					HttpStatus.BAD_REQUEST);
		}
		catch (ConflictException ex) {
			return RoundAdminPages.refused(reopenPage(view, FormErrors.of("reason",
					this.pages.text("roundadmin.reopen.notCompleted")), reason, model), model, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", this.pages.text("roundadmin.reopen.done", view.round().title()));
		return new ModelAndView("redirect:/omgangar/" + id);
	}

	private String completePage(RoundView view, FormErrors errors, Model model) {
		Set<String> open = new HashSet<>(this.lifecycle.unanswered(view.round().id()));
		List<UnansweredArea> areas = new ArrayList<>();
		for (String areaKey : view.round().areas()) {
			List<String> texts = view.indicators().stream()
				.filter((i) -> i.area().equals(areaKey) && open.contains(i.key()))
				.map(Indicator::text)
				.map(this.pages::localized)
				.toList();
			if (!texts.isEmpty()) {
				String title = view.model().area(areaKey).map(Area::title).map(this.pages::localized).orElse(areaKey);
				areas.add(new UnansweredArea(areaKey, title, texts));
			}
		}
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("unansweredAreas", areas);
		model.addAttribute("unanswered", open.size());
		model.addAttribute("total", view.indicators().size());
		model.addAttribute("errors", errors);
		return "assessment/admin-complete";
	}

	private String reopenPage(RoundView view, FormErrors errors, @Nullable String reason, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("reason", reason == null ? "" : reason);
		model.addAttribute("maxReason", RoundLifecycle.MAX_REASON);
		model.addAttribute("errors", errors);
		return "assessment/admin-reopen";
	}

}
