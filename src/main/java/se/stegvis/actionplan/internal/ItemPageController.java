package se.stegvis.actionplan.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.ActionItemDraft;
import se.stegvis.actionplan.ActionItems;
import se.stegvis.actionplan.InvalidPlanInputException;
import se.stegvis.actionplan.ItemStatus;
import se.stegvis.actionplan.Priority;
import se.stegvis.actionplan.StaleItemException;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.Rounds;
import se.stegvis.model.Area;
import se.stegvis.model.Indicator;
import se.stegvis.web.FormErrors;

/**
 * One action item: its page with the follow-up log, the new and edit forms (prefilled from a suggestion),
 * status changes from the board, and deletion. Plain forms that work without JavaScript; a stale version
 * shows the stored item and keeps what the user wrote.
 */
@Controller
@OrganisationScoped
class ItemPageController {

	private static final String ITEM = "/handlingsplan/punkter/";

	private final ActionItems items;

	private final Rounds rounds;

	private final PlanTexts texts;

	ItemPageController(ActionItems items, Rounds rounds, PlanTexts texts) {
		this.items = items;
		this.rounds = rounds;
		this.texts = texts;
	}

	/** The indicators of one area of the round, for the checkboxes. */
	record AreaIndicators(Area area, List<Indicator> indicators, boolean open) {
	}

	@GetMapping("/omgangar/{id}/handlingsplan/ny")
	String newItem(@PathVariable long id, @RequestParam(name = "aktivitet", required = false) @Nullable String activity,
			Model model) {
		RoundView round = this.rounds.get(id);
		requireEditor(round.round().organisationCode());
		ActionItemDraft draft = activity == null || activity.isBlank()
				? new ActionItemDraft(null, null, null, List.of(), null, null, null, null, null, null, Priority.MEDIUM.name(),
						ItemStatus.NOT_STARTED.name())
				: this.items.draftFrom(id, activity);
		model.addAttribute("fromSuggestion", draft.activityKey() != null);
		return form(round, ItemForm.of(draft, null), null, FormErrors.none(), null, model);
	}

	@PostMapping("/omgangar/{id}/handlingsplan/ny")
	ModelAndView create(@PathVariable long id, @ModelAttribute("form") ItemForm form, Model model,
			RedirectAttributes redirect) {
		RoundView round = this.rounds.get(id);
		try {
			ActionItem item = this.items.create(id, form.draft());
			redirect.addFlashAttribute("saved", this.texts.text("plan.item.saved"));
			return new ModelAndView("redirect:" + ITEM + item.id());
		}
		catch (InvalidPlanInputException ex) {
			return new ModelAndView(form(round, form, null, this.texts.errors(ex), null, model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping(ITEM + "{id}")
	String item(@PathVariable long id, Model model) {
		return page(this.items.get(id), FormErrors.none(), "", "", model);
	}

	@GetMapping(ITEM + "{id}/andra")
	String edit(@PathVariable long id, Model model) {
		ActionItem item = this.items.get(id);
		requireEditor(item.organisationCode());
		return form(this.rounds.get(item.originAssessmentId()), ItemForm.of(item.draft(), item.version()), item,
				FormErrors.none(), null, model);
	}

	@PostMapping(ITEM + "{id}/andra")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") ItemForm form, Model model,
			RedirectAttributes redirect) {
		ActionItem item = this.items.get(id);
		RoundView round = this.rounds.get(item.originAssessmentId());
		Long expected = form.expectedVersion();
		try {
			this.items.update(id, form.draft(), expected == null ? -1L : expected);
			redirect.addFlashAttribute("saved", this.texts.text("plan.item.saved"));
			return new ModelAndView("redirect:" + ITEM + id);
		}
		catch (InvalidPlanInputException ex) {
			return new ModelAndView(form(round, form, item, this.texts.errors(ex), null, model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
		catch (StaleItemException ex) {
			ActionItem current = ex.current();
			String stale = this.texts.text("plan.form.stale", current.title(),
					this.texts.text("plan.status." + current.status().name()), current.version());
			return new ModelAndView(form(round, form.withVersion(current.version()), current, FormErrors.none(), stale,
					model), model.asMap(), HttpStatus.CONFLICT);
		}
	}

	@PostMapping(ITEM + "{id}/status")
	String status(@PathVariable long id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(name = "tillbaka", required = false) @Nullable String back, RedirectAttributes redirect) {
		ActionItem item = this.items.get(id);
		String target = back != null && back.matches("/handlingsplan/[0-9A-Za-z/]*") ? back : ITEM + id;
		try {
			ActionItem moved = this.items.setStatus(id, status, parse(version));
			redirect.addFlashAttribute("saved", this.texts.text("plan.board.moved", moved.title(),
					this.texts.text("plan.status." + moved.status().name())));
		}
		catch (InvalidPlanInputException ex) {
			redirect.addFlashAttribute("problem", this.texts.errors(ex).items().get(0).message());
		}
		catch (StaleItemException ex) {
			redirect.addFlashAttribute("problem", this.texts.text("actionplan.stale"));
		}
		return "redirect:" + target + (target.equals(ITEM + id) ? "" : "#item-" + item.id());
	}

	@PostMapping(ITEM + "{id}/uppfoljningar")
	ModelAndView followUp(@PathVariable long id, @RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String text, Model model, RedirectAttributes redirect) {
		ActionItem item = this.items.get(id);
		try {
			this.items.addFollowUp(id, date, text);
			redirect.addFlashAttribute("saved", this.texts.text("plan.followUps.saved"));
			return new ModelAndView("redirect:" + ITEM + id + "#uppfoljningar");
		}
		catch (InvalidPlanInputException ex) {
			return new ModelAndView(page(item, this.texts.errors(ex), date == null ? "" : date, text == null ? "" : text,
					model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	/**
	 * Deletes an item with its follow-up log. The first post shows what goes and asks again (nothing is deleted);
	 * {@code confirmed=true} deletes.
	 */
	@PostMapping(ITEM + "{id}/ta-bort")
	String delete(@PathVariable long id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String confirmed, Model model, RedirectAttributes redirect) {
		ActionItem item = this.items.get(id);
		requireEditor(item.organisationCode());
		if (!"true".equals(confirmed)) {
			model.addAttribute("item", item);
			model.addAttribute("followUps", this.items.followUps(item.id()).size());
			return "actionplan/delete";
		}
		try {
			this.items.delete(id, parse(version));
			redirect.addFlashAttribute("saved", this.texts.text("plan.item.deleted", item.title()));
			return "redirect:/handlingsplan/" + item.organisationCode();
		}
		catch (StaleItemException ex) {
			redirect.addFlashAttribute("problem", this.texts.text("actionplan.stale"));
			return "redirect:" + ITEM + id;
		}
	}

	private String page(ActionItem item, FormErrors errors, String date, String text, Model model) {
		RoundView origin = this.rounds.get(item.originAssessmentId());
		model.addAttribute("item", item);
		model.addAttribute("origin", origin.round());
		model.addAttribute("indicators", item.indicatorKeys().stream()
			.map((k) -> origin.model().indicator(k))
			.flatMap(java.util.Optional::stream)
			.toList());
		model.addAttribute("activity", item.activityKey() == null ? null
				: origin.model().activity(item.activityKey()).orElse(null));
		model.addAttribute("levels", origin.model().scale());
		model.addAttribute("overdue", item.overdueOn(ActionItems.today()));
		model.addAttribute("updatedAt", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ActionItems.ZONE)
			.format(item.updatedAt()));
		model.addAttribute("followUps", this.items.followUps(item.id()));
		model.addAttribute("editable", this.items.canEdit(item.organisationCode()));
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("errors", errors);
		model.addAttribute("date", date.isEmpty() ? ActionItems.today().toString() : date);
		model.addAttribute("text", text);
		return "actionplan/item";
	}

	private String form(RoundView round, ItemForm form, @Nullable ActionItem item, FormErrors errors,
			@Nullable String stale, Model model) {
		List<AreaIndicators> areas = new ArrayList<>();
		for (Area area : round.model().areas()) {
			List<Indicator> in = round.indicators().stream().filter((i) -> i.area().equals(area.key())).toList();
			if (!in.isEmpty()) {
				areas.add(new AreaIndicators(area, in, in.stream().anyMatch((i) -> form.has(i.key()))));
			}
		}
		if (!areas.isEmpty() && areas.stream().noneMatch(AreaIndicators::open)) {
			areas.set(0, new AreaIndicators(areas.get(0).area(), areas.get(0).indicators(), true));
		}
		model.addAttribute("round", round.round());
		model.addAttribute("areas", areas);
		model.addAttribute("levels", round.model().scale());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		model.addAttribute("errors", errors);
		model.addAttribute("stale", stale);
		if (!model.containsAttribute("fromSuggestion")) {
			model.addAttribute("fromSuggestion", false);
		}
		return "actionplan/form";
	}

	private void requireEditor(String organisationCode) {
		if (!this.items.canEdit(organisationCode)) {
			throw new AccessDeniedException(this.texts.text("tenant.forbidden", this.texts.text("account.role.ORG_ADMIN")
					+ ", " + this.texts.text("account.role.PARTICIPANT")));
		}
	}

	private static @Nullable Long parse(@Nullable String version) {
		if (version == null || version.isBlank()) {
			return -1L;
		}
		try {
			return Long.valueOf(version.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}


}
