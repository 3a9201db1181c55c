package se.stegvis.assessment.internal;

import java.util.List;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.Participant;
import se.stegvis.assessment.ParticipantOverview;
import se.stegvis.assessment.RoundCompletedException;
import se.stegvis.assessment.RoundParticipants;
import se.stegvis.assessment.RoundView;
import se.stegvis.web.FormErrors;
import se.stegvis.web.NotFoundException;

/**
 * The org admin's participants page of a round ({@code /omgangar/{id}/deltagare}): the participants with
 * their respondent groups, the response rate per group, adding members, changing a group, removing (with a
 * confirmation when answers would go), and a reminder text to copy. Org admin only, reading too (as the API).
 */
@Controller
@OrganisationScoped
class ParticipantPageController {

	private static final String VIEW = "assessment/admin-participants";

	private final RoundParticipants participants;

	private final RoundAdminPages pages;

	ParticipantPageController(RoundParticipants participants, RoundAdminPages pages) {
		this.participants = participants;
		this.pages = pages;
	}

	@GetMapping("/omgangar/{id}/deltagare")
	String page(@PathVariable long id, Model model) {
		return page(id, FormErrors.none(), null, "", "", model);
	}

	/** Adds a member; {@code newGroup}, when filled in, wins over the chosen {@code respondentGroup}. */
	@PostMapping("/omgangar/{id}/deltagare")
	ModelAndView add(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String respondentGroup,
			@RequestParam(required = false) @Nullable String newGroup, Model model, RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		boolean typed = newGroup != null && !newGroup.isBlank();
		String group = typed ? newGroup : respondentGroup;
		try {
			if (username != null && !username.isBlank() && isParticipant(id, username)) {
				throw InvalidRoundInputException.of("username", "roundadmin.participants.already", username.strip());
			}
			Participant added = this.participants.add(id, username, group);
			redirect.addFlashAttribute("success", this.pages.text("roundadmin.participants.added", added.displayName()));
			return new ModelAndView("redirect:/omgangar/" + id + "/deltagare");
		}
		catch (InvalidRoundInputException ex) {
			FormErrors errors = this.pages.errors(ex, (f) -> "respondentGroup".equals(f) && typed ? "newGroup" : f);
			return RoundAdminPages.refused(page(view, errors, username, respondentGroup, newGroup, model), model,
					HttpStatus.BAD_REQUEST);
		}
		catch (RoundCompletedException ex) {
			return completed(view, model);
		}
	}

	/** Changes the respondent group of one participant. */
	@PostMapping("/omgangar/{id}/deltagare/grupp")
	ModelAndView changeGroup(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String respondentGroup, Model model, RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		Participant participant = participant(id, username);
		try {
			Participant changed = this.participants.add(id, participant.username(), respondentGroup);
			redirect.addFlashAttribute("success", this.pages.text("roundadmin.participants.groupChanged",
					changed.displayName(), changed.respondentGroup() == null
							? this.pages.text("roundadmin.participants.noGroup") : changed.respondentGroup()));
			return new ModelAndView("redirect:/omgangar/" + id + "/deltagare");
		}
		catch (InvalidRoundInputException ex) {
			FormErrors errors = this.pages.errors(ex, (f) -> "group-" + participant.userId());
			return RoundAdminPages.refused(page(view, errors, null, "", "", model), model, HttpStatus.BAD_REQUEST);
		}
		catch (RoundCompletedException ex) {
			return completed(view, model);
		}
	}

	/**
	 * Removes a participant. When their own answers would be deleted too, the first post shows what goes and
	 * asks again; {@code confirmed=true} removes.
	 */
	@PostMapping("/omgangar/{id}/deltagare/ta-bort")
	ModelAndView remove(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String confirmed, Model model, RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		if (view.round().isCompleted()) {
			return completed(view, model);
		}
		Participant participant = participant(id, username);
		if (participant.answered() > 0 && !"true".equals(confirmed)) {
			model.addAttribute("view", view);
			model.addAttribute("participant", participant);
			return new ModelAndView("assessment/admin-participant-remove", model.asMap());
		}
		try {
			this.participants.remove(id, participant.username());
		}
		catch (RoundCompletedException ex) {
			return completed(view, model);
		}
		redirect.addFlashAttribute("success", this.pages.text("roundadmin.participants.removed", participant.displayName()));
		return new ModelAndView("redirect:/omgangar/" + id + "/deltagare");
	}

	private ModelAndView completed(RoundView view, Model model) {
		FormErrors errors = FormErrors.of("participants", this.pages.text("roundadmin.completed"));
		return RoundAdminPages.refused(page(view, errors, null, "", "", model), model, HttpStatus.CONFLICT);
	}

	private boolean isParticipant(long id, String username) {
		return this.participants.overview(id).participants().stream()
			.anyMatch((p) -> p.username().equalsIgnoreCase(username.strip()));
	}

	private Participant participant(long id, @Nullable String username) {
		return this.participants.overview(id).participants().stream()
			.filter((p) -> username != null && p.username().equalsIgnoreCase(username.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(this.pages.text("assessment.participant.notFound",
					username == null ? "" : username)));
	}

	private String page(long id, FormErrors errors, @Nullable String username, @Nullable String group,
			@Nullable String newGroup, Model model) {
		return page(this.pages.adminView(id), errors, username, group, newGroup, model);
	}

	private String page(RoundView view, FormErrors errors, @Nullable String username, @Nullable String group,
			@Nullable String newGroup, Model model) {
		long id = view.round().id();
		ParticipantOverview overview = this.participants.overview(id);
		String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/omgangar/{id}").buildAndExpand(id)
			.toUriString();
		String period = view.round().period();
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("overview", overview);
		model.addAttribute("candidates", view.round().isCompleted() ? List.of() : this.participants.candidates(id));
		model.addAttribute("total", view.indicators().size());
		model.addAttribute("errors", errors);
		model.addAttribute("username", username == null ? "" : username);
		model.addAttribute("respondentGroup", group == null ? "" : group);
		model.addAttribute("newGroup", newGroup == null ? "" : newGroup);
		model.addAttribute("reminder", period == null || period.isBlank()
				? this.pages.text("roundadmin.reminder.text", view.round().title(), address)
				: this.pages.text("roundadmin.reminder.textWithPeriod", view.round().title(), period, address));
		return VIEW;
	}

}
