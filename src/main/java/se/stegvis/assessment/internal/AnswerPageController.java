package se.stegvis.assessment.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.CurrentUsers;
import se.stegvis.account.OrganisationScoped;
import se.stegvis.account.Role;
import se.stegvis.assessment.Answer;
import se.stegvis.assessment.AnswerChoice;
import se.stegvis.assessment.AnswerInput;
import se.stegvis.assessment.AnswerSheet;
import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.RoundAnswers;
import se.stegvis.assessment.RoundCompletedException;
import se.stegvis.assessment.RoundFacilitation;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.StaleVersionException;
import se.stegvis.model.Indicator;
import se.stegvis.web.KeptForms;
import se.stegvis.web.NotFoundException;

/**
 * The answer pages (issue 6 points 4 and 8): one area, or every area, of a round. A plain form post saves every
 * changed answer of the page (nothing when any is refused) and redirects back; with JavaScript
 * ({@code static/js/answers.js}) each change goes at once to {@code /omgangar/{id}/svar/{indicatorKey}}, which
 * answers JSON. Someone else's save in between is never overwritten: the page shows their value and the user
 * decides ({@link StaleVersionException}).
 */
@Controller
@OrganisationScoped
class AnswerPageController {

	private final RoundAnswers answers;

	private final RoundFacilitation facilitation;

	private final AnswerChecks checks;

	private final CurrentUsers users;

	private final MessageSource messages;

	AnswerPageController(RoundAnswers answers, RoundFacilitation facilitation, AnswerChecks checks, CurrentUsers users,
			MessageSource messages) {
		this.answers = answers;
		this.facilitation = facilitation;
		this.checks = checks;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/omgangar/{id}/omraden/{areaKey}")
	String page(@PathVariable long id, @PathVariable String areaKey, @RequestParam(name = "visa", required = false) @Nullable String visa,
			HttpServletRequest request, Model model) {
		AnswerSheet sheet = this.answers.sheet(id);
		requireArea(sheet, areaKey);
		Map<String, String[]> kept = KeptForms.take(request);
		Map<String, AnswerPageModel.Submitted> restored = Map.of();
		if (!kept.isEmpty() && sheet.editable()) {
			restored = submitted(sheet, areaKey, kept);
			model.addAttribute("restored", !restored.isEmpty());
		}
		return render(sheet, areaKey, AnswerPageModel.Filter.of(visa), restored, Map.of(), Map.of(), model);
	}

	@PostMapping("/omgangar/{id}/omraden/{areaKey}")
	ModelAndView save(@PathVariable long id, @PathVariable String areaKey,
			@RequestParam(name = "visa", required = false) @Nullable String visa, @RequestParam MultiValueMap<String, String> fields,
			Model model, RedirectAttributes redirect) {
		AnswerSheet sheet = this.answers.sheet(id);
		requireArea(sheet, areaKey);
		AnswerPageModel.Filter filter = AnswerPageModel.Filter.of(visa);
		if (!sheet.editable()) {
			if (sheet.round().round().isCompleted()) {
				model.addAttribute("refused", text("assessment.completed"));
				return new ModelAndView(render(sheet, areaKey, filter, Map.of(), Map.of(), Map.of(), model), model.asMap(),
						HttpStatus.CONFLICT);
			}
			throw new AccessDeniedException(text("answers.forbidden"));
		}
		Map<String, AnswerPageModel.Submitted> submitted = submitted(sheet, areaKey, fields.toSingleValueMap().entrySet()
			.stream().collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), new String[] { e.getValue() }), Map::putAll));
		Map<String, AnswerInput> changes = new LinkedHashMap<>();
		Set<String> confirmations = new HashSet<>();
		Map<String, Map<String, String>> errors = new LinkedHashMap<>();
		for (Map.Entry<String, AnswerPageModel.Submitted> entry : submitted.entrySet()) {
			String key = entry.getKey();
			AnswerPageModel.Submitted typed = entry.getValue();
			Answer stored = sheet.answers().get(key);
			if (unchanged(typed, stored)) {
				if (stored.carriedOver() && fields.containsKey("bekrafta-" + key)) {
					confirmations.add(key);
				}
				continue;
			}
			AnswerInput input = input(typed);
			try {
				this.checks.check(sheet.round(), key, input);
				changes.put(key, input);
			}
			catch (InvalidRoundInputException ex) {
				errors.put(key, fieldErrors(key, ex));
			}
		}
		if (!errors.isEmpty()) {
			return new ModelAndView(render(sheet, areaKey, filter, submitted, errors, Map.of(), model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
		Map<String, AnswerPageModel.Conflict> conflicts = new LinkedHashMap<>();
		Map<String, AnswerPageModel.Submitted> kept = new LinkedHashMap<>();
		int saved = 0;
		try {
			for (Map.Entry<String, AnswerInput> change : changes.entrySet()) {
				AnswerPageModel.Submitted typed = submitted.get(change.getKey());
				try {
					this.answers.save(id, change.getKey(), change.getValue(), typed.version());
					saved++;
				}
				catch (StaleVersionException ex) {
					conflicts.put(change.getKey(), conflict(ex));
					kept.put(change.getKey(), new AnswerPageModel.Submitted(typed.choice(), typed.comment(),
							typed.evidenceUrl(), ex.currentVersion()));
				}
			}
			for (String key : confirmations) {
				try {
					this.answers.confirm(id, key, submitted.get(key).version());
					saved++;
				}
				catch (StaleVersionException ex) {
					conflicts.put(key, conflict(ex));
				}
			}
		}
		catch (RoundCompletedException ex) {
			model.addAttribute("refused", text("assessment.completed"));
			return new ModelAndView(render(this.answers.sheet(id), areaKey, filter, submitted, Map.of(), Map.of(), model),
					model.asMap(), HttpStatus.CONFLICT);
		}
		if (!conflicts.isEmpty()) {
			model.addAttribute("saved", saved);
			model.addAttribute("conflicted", true);
			return new ModelAndView(render(this.answers.sheet(id), areaKey, filter, kept, Map.of(), conflicts, model),
					model.asMap(), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", saved == 0 ? text("answers.savedNothing") : text("answers.saved", saved));
		String query = filter == AnswerPageModel.Filter.ALL ? "" : "?visa=" + filter.parameter;
		return new ModelAndView("redirect:/omgangar/" + id + "/omraden/" + areaKey + query);
	}

	/**
	 * One answer saved at once (JavaScript). Form fields {@code svar}, {@code kommentar}, {@code lank}, {@code version}
	 * (the version last seen) and {@code bekrafta} (confirm a carried-over answer unchanged). Answers 200 with the new
	 * version and the new scores only after the commit; 400 with the refused fields; 412 with the stored answer; 409 for
	 * a completed round; 403 for someone who may not answer.
	 */
	@PostMapping("/omgangar/{id}/svar/{indicatorKey}")
	ResponseEntity<Map<String, Object>> saveOne(@PathVariable long id, @PathVariable String indicatorKey,
			@RequestParam MultiValueMap<String, String> fields) {
		Long version = version(fields.getFirst("version"));
		try {
			Answer saved = fields.containsKey("bekrafta") ? this.answers.confirm(id, indicatorKey, version)
					: this.answers.save(id, indicatorKey, input(new AnswerPageModel.Submitted(value(fields, "svar"),
							value(fields, "kommentar"), value(fields, "lank"), version == null ? 0 : version)), version);
			AnswerSheet sheet = this.answers.sheet(id);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("version", saved.version());
			body.put("message", text("answers.autosaved"));
			Map<String, String> texts = AnswerPageModel.scoreTexts(sheet, this.answers.scoresOf(sheet),
					LocaleContextHolder.getLocale());
			// The task list's "3 av 16 besvarade" changes with a first answer; the page updates it like a score.
			sheet.areas().forEach((area) -> texts.put(AnswerPageModel.progressId(area.areaKey()),
					text("rounds.tasks.partly", area.answered(), area.total())));
			body.put("scores", texts);
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
		}
		catch (InvalidRoundInputException ex) {
			List<Map<String, String>> errors = fieldErrors(indicatorKey, ex).entrySet().stream()
				.map((e) -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("message", text("answers.refused"), "errors", errors));
		}
		catch (StaleVersionException ex) {
			AnswerPageModel.Conflict conflict = conflict(ex);
			Map<String, Object> current = new LinkedHashMap<>();
			current.put("choice", ex.current() instanceof Answer a ? AnswerPageModel.choiceOf(a.value()) : "");
			current.put("label", conflict.choiceLabel());
			current.put("comment", conflict.comment() == null ? "" : conflict.comment());
			current.put("evidenceUrl", conflict.evidenceUrl() == null ? "" : conflict.evidenceUrl());
			current.put("updatedBy", conflict.updatedBy());
			return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag("\"" + ex.currentVersion() + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", text("answers.conflict.text", conflict.choiceLabel(), conflict.updatedBy()),
						"version", ex.currentVersion(), "current", current));
		}
		catch (RoundCompletedException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", text("assessment.completed")));
		}
		catch (AccessDeniedException ex) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", text("answers.forbidden")));
		}
	}

	private String render(AnswerSheet sheet, String areaKey, AnswerPageModel.Filter filter,
			Map<String, AnswerPageModel.Submitted> submitted, Map<String, Map<String, String>> errors,
			Map<String, AnswerPageModel.Conflict> conflicts, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		String code = sheet.round().round().organisationCode();
		boolean flagging = sheet.round().round().mode() == RoundMode.INDIVIDUAL
				&& this.users.require().hasRole(code, Role.ORG_ADMIN);
		Set<String> flagged = filter == AnswerPageModel.Filter.FLAGGED && flagging ? flagged(sheet.round().round().id()) : Set.of();
		model.addAttribute("round", RoundRow.of(sheet.round().round(), locale));
		model.addAttribute("sheet", sheet);
		model.addAttribute("page", AnswerPageModel.build(sheet, this.answers.scoresOf(sheet), areaKey, filter, flagged,
				submitted, errors, conflicts, locale));
		model.addAttribute("filter", filter.parameter);
		model.addAttribute("fieldsets", new AnswerFieldsets(fieldsetTexts(), sheet.editable()));
		model.addAttribute("flagging", flagging);
		return "assessment/answers";
	}

	/** The texts every indicator's fieldset repeats, looked up once per page rather than once per indicator. */
	private AnswerFieldsets.Texts fieldsetTexts() {
		return new AnswerFieldsets.Texts(text("answers.score.area"), text("answers.score.of"),
				text("answers.score.dimension"), text("answers.score.none"), text("answers.carriedOver"), text("answers.help"), text("answers.or"),
				text("answers.dontKnow"), text("answers.notApplicable"), text("answers.confirm"), text("answers.comment"),
				text("answers.evidence"), text("form.errorPrefix"), text("answers.conflict.choose"),
				(choice, updatedBy) -> text("answers.conflict.text", choice, updatedBy),
				(comment) -> text("answers.conflict.comment", comment));
	}

	private Set<String> flagged(long id) {
		Set<String> keys = new HashSet<>();
		for (IndicatorSpread spread : this.facilitation.distribution(id)) {
			if (spread.needsDiscussion()) {
				keys.add(spread.indicatorKey());
			}
		}
		return keys;
	}

	private static void requireArea(AnswerSheet sheet, String areaKey) {
		if (!AnswerPageModel.ALL.equals(areaKey) && !sheet.round().round().areas().contains(areaKey)) {
			throw new NotFoundException(areaKey);
		}
	}

	/** The answers of the page's indicators as posted (only those whose fieldset was on the form). */
	private static Map<String, AnswerPageModel.Submitted> submitted(AnswerSheet sheet, String areaKey,
			Map<String, String[]> fields) {
		Map<String, AnswerPageModel.Submitted> submitted = new LinkedHashMap<>();
		for (Indicator indicator : sheet.round().indicators()) {
			if (!AnswerPageModel.ALL.equals(areaKey) && !indicator.area().equals(areaKey)) {
				continue;
			}
			String key = indicator.key();
			String[] version = fields.get("version-" + key);
			if (version == null || version.length == 0) {
				continue;
			}
			Long expected = version(version[0]);
			submitted.put(key, new AnswerPageModel.Submitted(first(fields, "svar-" + key), first(fields, "kommentar-" + key),
					first(fields, "lank-" + key), expected == null ? 0 : expected));
		}
		return submitted;
	}

	private static boolean unchanged(AnswerPageModel.Submitted typed, Answer stored) {
		return typed.choice().equals(AnswerPageModel.choiceOf(stored.value()))
				&& typed.comment().strip().equals(stored.comment() == null ? "" : stored.comment())
				&& typed.evidenceUrl().strip().equals(stored.evidenceUrl() == null ? "" : stored.evidenceUrl());
	}

	private static AnswerInput input(AnswerPageModel.Submitted typed) {
		String choice = typed.choice();
		AnswerChoice answer = switch (choice) {
			case "" -> null;
			case "DONT_KNOW" -> AnswerChoice.DONT_KNOW;
			case "NOT_APPLICABLE" -> AnswerChoice.NOT_APPLICABLE;
			default -> AnswerChoice.LEVEL;
		};
		Integer level = null;
		if (answer == AnswerChoice.LEVEL) {
			try {
				level = Integer.valueOf(choice);
			}
			catch (NumberFormatException ex) {
				level = -1;
			}
		}
		return AnswerInput.of(answer, level, typed.comment(), typed.evidenceUrl());
	}

	private Map<String, String> fieldErrors(String key, InvalidRoundInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidRoundInputException.Problem problem : ex.problems()) {
			String field = switch (problem.field()) {
				case "comment" -> "kommentar-" + key;
				case "evidenceUrl" -> "lank-" + key;
				default -> "svar-" + key;
			};
			errors.putIfAbsent(field, text(problem.messageKey(), problem.args().toArray()));
		}
		return errors;
	}

	private AnswerPageModel.Conflict conflict(StaleVersionException ex) {
		if (ex.current() instanceof Answer current) {
			return new AnswerPageModel.Conflict(label(current), current.comment(), current.evidenceUrl(),
					current.updatedBy() == null ? text("answers.conflict.someone") : current.updatedBy());
		}
		return new AnswerPageModel.Conflict(text("answers.unanswered"), null, null, text("answers.conflict.someone"));
	}

	private String label(Answer answer) {
		return switch (answer.value().kind()) {
			case LEVEL -> text("answers.level", AnswerPageModel.choiceOf(answer.value()));
			case DONT_KNOW -> text("answers.dontKnow");
			case NOT_APPLICABLE -> text("answers.notApplicable");
			case UNANSWERED -> text("answers.unanswered");
		};
	}

	private static @Nullable Long version(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String first(Map<String, String[]> fields, String name) {
		String[] values = fields.get(name);
		return values == null || values.length == 0 || values[0] == null ? "" : values[0];
	}

	private static String value(MultiValueMap<String, String> fields, String name) {
		String value = fields.getFirst(name);
		return value == null ? "" : value;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
