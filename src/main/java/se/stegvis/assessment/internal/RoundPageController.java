package se.stegvis.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.OrganisationScoped;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.assessment.AnswerSheet;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundAnswers;
import se.stegvis.assessment.Rounds;
import se.stegvis.assessment.Units;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.web.FormErrors;

/**
 * The participant side of rounds (issue 6 points 2 and 10): the rounds of the organisation chosen in the
 * header, the start form and a round's overview with its task list. Thin: the services apply the tenant rule.
 */
@Controller
class RoundPageController {

	/** The model a new round uses unless the org admin picks another. */
	static final String DEFAULT_MODEL = "stegvis-socialtjanst";

	private final Rounds rounds;

	private final RoundAnswers answers;

	private final Units units;

	private final ModelCatalog models;

	private final CurrentUsers users;

	private final TenantGuard guard;

	private final MessageSource messages;

	RoundPageController(Rounds rounds, RoundAnswers answers, Units units, ModelCatalog models, CurrentUsers users,
			TenantGuard guard, MessageSource messages) {
		this.rounds = rounds;
		this.answers = answers;
		this.units = units;
		this.models = models;
		this.users = users;
		this.guard = guard;
		this.messages = messages;
	}

	@GetMapping("/omgangar")
	String list(Model model) {
		CurrentUser user = this.users.require();
		String code = user.selectedOrganisationCode();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("membership", user.selectedMembership().orElse(null));
		model.addAttribute("rounds", code == null ? List.of()
				: this.rounds.list(code).stream().map((r) -> RoundRow.of(r, locale)).toList());
		model.addAttribute("orgAdmin", code != null && user.hasRole(code, Role.ORG_ADMIN));
		return "assessment/round-list";
	}

	/**
	 * The start form, for the default model or the one in {@code model}. When the rest of the form comes along
	 * (the model was changed with JavaScript, which sends what was typed), it is kept.
	 */
	@GetMapping("/omgangar/ny")
	String startForm(@RequestParam MultiValueMap<String, String> fields, Model model) {
		String code = selectedOrganisation();
		this.guard.requireRole(code, Role.ORG_ADMIN);
		if (!fields.containsKey("model")) {
			return form(code, StartRoundForm.initial(defaultModel()), FormErrors.none(), model);
		}
		StartRoundForm asked = StartRoundForm.from(fields);
		AssessmentModel chosen = asked.model(this.models).orElse(null);
		if (chosen == null) {
			return form(code, StartRoundForm.initial(defaultModel()),
					FormErrors.of("model", text("assessment.input.model.unknown", asked.model())), model);
		}
		return form(code, fields.containsKey("organisationCode") ? asked.forModel(chosen) : StartRoundForm.initial(chosen),
				FormErrors.none(), model);
	}

	@PostMapping("/omgangar/ny")
	@OrganisationScoped
	ModelAndView start(@RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
		StartRoundForm form = StartRoundForm.from(fields);
		String code = form.organisationCode();
		this.guard.requireRole(code, Role.ORG_ADMIN);
		AssessmentModel chosen = form.model(this.models).orElse(null);
		if (form.areas().isEmpty()) {
			return new ModelAndView(form(code, form, FormErrors.of("areas", text("rounds.new.field.areas.required")), model),
					model.asMap(), HttpStatus.BAD_REQUEST);
		}
		try {
			Round round = this.rounds.start(form.command(chosen));
			redirect.addFlashAttribute("success", text("rounds.started", round.title()));
			return new ModelAndView("redirect:/omgangar/" + round.id());
		}
		catch (InvalidRoundInputException ex) {
			Map<String, String> fieldIds = form.fieldIds(chosen);
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach((p) -> errors.putIfAbsent(fieldIds.getOrDefault(p.field(), "title"),
					text(p.messageKey(), p.args().toArray())));
			FormErrors formErrors = new FormErrors(errors.entrySet().stream()
				.map((e) -> new FormErrors.Item(e.getKey(), e.getValue())).toList());
			return new ModelAndView(form(code, form, formErrors, model), model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/omgangar/{id}")
	@OrganisationScoped
	String overview(@PathVariable long id, Model model) {
		AnswerSheet sheet = this.answers.sheet(id);
		Round round = sheet.round().round();
		CurrentUser user = this.users.require();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("sheet", sheet);
		model.addAttribute("round", RoundRow.of(round, locale));
		model.addAttribute("modelTitle", sheet.round().model().title().text(locale));
		model.addAttribute("areaTitles", AnswerPageModel.areaTitles(sheet.round().model(), locale));
		model.addAttribute("orgAdmin", user.hasRole(round.organisationCode(), Role.ORG_ADMIN));
		return "assessment/round-overview";
	}

	private String form(String code, StartRoundForm form, FormErrors errors, Model model) {
		AssessmentModel chosen = form.model(this.models).orElseGet(this::defaultModel);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("organisation", this.users.require().membership(code).orElseThrow());
		model.addAttribute("models", this.models.publishedVersions().stream()
			.map((v) -> new Option(v.key() + StartRoundForm.SEPARATOR + v.version(),
					v.title().text(locale) + " " + v.version()))
			.toList());
		model.addAttribute("units", this.units.list(code));
		model.addAttribute("areas", chosen.areas().stream()
			.map((a) -> new Option(a.key(), a.title().text(locale))).toList());
		model.addAttribute("dimensions", chosen.dimensions().stream()
			.map((d) -> new Option(d.key(), d.title().text(locale))).toList());
		model.addAttribute("levels", chosen.scale().stream()
			.map((l) -> new Option(String.valueOf(l.level()), l.level() + " " + l.label().text(locale))).toList());
		return "assessment/round-start";
	}

	private AssessmentModel defaultModel() {
		return this.models.latestPublished(DEFAULT_MODEL)
			.or(() -> this.models.publishedVersions().stream().findFirst()
				.flatMap((v) -> this.models.find(v.key(), v.version())))
			.orElseThrow(() -> new IllegalStateException("No published model"));
	}

	private String selectedOrganisation() {
		String code = this.users.require().selectedOrganisationCode();
		if (code == null) {
			throw new se.stegvis.web.NotFoundException(text("rounds.noOrganisation"));
		}
		return code;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** A choice in a select or a group of checkboxes. */
	record Option(String value, String label) {
	}

}
