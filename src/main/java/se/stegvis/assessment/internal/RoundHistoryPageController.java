package se.stegvis.assessment.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.account.AuditEntry;
import se.stegvis.account.OrganisationScoped;
import se.stegvis.assessment.RoundLifecycle;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.Indicator;

/**
 * A round's audit trail ({@code /omgangar/{id}/historik}): who changed what when, old → new, newest first,
 * {@value #PAGE_SIZE} at a time ({@code ?sida=2} …). Org admin only, as in the API.
 */
@Controller
@OrganisationScoped
class RoundHistoryPageController {

	static final int PAGE_SIZE = 100;

	private final RoundLifecycle lifecycle;

	private final RoundAdminPages pages;

	RoundHistoryPageController(RoundLifecycle lifecycle, RoundAdminPages pages) {
		this.lifecycle = lifecycle;
		this.pages = pages;
	}

	/**
	 * One line of the history as the page shows it.
	 *
	 * @param what the change as a sentence
	 * @param before the value before, or "" when there was none (or it is not shown)
	 * @param after the value after, or ""
	 */
	record Line(AuditEntry entry, String what, String before, String after) {
	}

	@GetMapping("/omgangar/{id}/historik")
	String page(@PathVariable long id, @RequestParam(name = "sida", required = false) @Nullable String page, Model model) {
		RoundView view = this.pages.adminView(id);
		List<AuditEntry> all = this.lifecycle.history(id);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		Integer requested = RoundAdminPages.number(page);
		int current = requested == null || requested < 1 ? 1 : Math.min(requested, pages);
		String subject = "assessment:" + id;
		List<Line> lines = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE))
			.stream()
			.map((e) -> line(view, subject, e))
			.toList();
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("lines", lines);
		model.addAttribute("total", all.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("limit", RoundLifecycle.HISTORY_LIMIT);
		return "assessment/admin-history";
	}

	private Line line(RoundView view, String subject, AuditEntry e) {
		String action = e.action().startsWith("assessment.") ? e.action().substring("assessment.".length()) : e.action();
		String before = value(view, action, subject, e.oldValue());
		String after = value(view, action, subject, e.newValue());
		String about = about(view, subject, e);
		String what = this.pages.textOr("roundadmin.history.action." + action, e.action() + " " + about, about);
		return new Line(e, what, before, after);
	}

	/** What the change is about: an indicator's statement, a participant's name, or the round. */
	private String about(RoundView view, String subject, AuditEntry e) {
		String prefix = subject + "/indicator:";
		if (e.subject().startsWith(prefix)) {
			String key = e.subject().substring(prefix.length());
			return view.model().indicator(key).map(Indicator::text).map(this.pages::localized).orElse(key);
		}
		return e.subject().equals(subject) ? view.round().title() : e.subjectLabel();
	}

	/** A stored value for people: levels as they are, choices and states in words, the round's own subject left out. */
	private String value(RoundView view, String action, String subject, @Nullable String value) {
		if (value == null || value.equals(subject)) {
			return "";
		}
		if (value.startsWith(subject + " ")) {
			return value.substring(subject.length() + 1);
		}
		return switch (action) {
			case "answer-changed", "answer-confirmed", "consensus-changed", "status-changed", "publication-changed" ->
				this.pages.textOr("roundadmin.history.value." + value, value);
			default -> value;
		};
	}

}
