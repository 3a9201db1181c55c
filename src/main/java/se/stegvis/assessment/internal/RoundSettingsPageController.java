package se.stegvis.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import se.stegvis.assessment.TargetSetting;
import se.stegvis.model.Area;
import se.stegvis.model.Dimension;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.TargetOverride;
import se.stegvis.scoring.TargetScope;
import se.stegvis.web.FormErrors;

/**
 * A round's settings ({@code /omgangar/{id}/installningar}): the targets — the round's level and overrides
 * per area, dimension and indicator (indicator before area before dimension before the round) — and
 * publication to comparisons. Org admin only. A field is named {@code level}, {@code AREA.<key>},
 * {@code DIMENSION.<key>} or {@code INDICATOR.<key>}; blank means "no override".
 */
@Controller
@OrganisationScoped
class RoundSettingsPageController {

	private static final String VIEW = "assessment/admin-settings";

	private final RoundLifecycle lifecycle;

	private final RoundAdminPages pages;

	RoundSettingsPageController(RoundLifecycle lifecycle, RoundAdminPages pages) {
		this.lifecycle = lifecycle;
		this.pages = pages;
	}

	/** One target field of the form: its scope (null for the round level), key, label, id and chosen value. */
	record TargetField(@Nullable TargetScope scope, String key, String label, String id, String value) {

		public String name() {
			return this.scope == null ? "level" : this.scope.name() + "." + this.key;
		}

	}

	@GetMapping("/omgangar/{id}/installningar")
	String page(@PathVariable long id, Model model) {
		RoundView view = this.pages.adminView(id);
		return page(view, fields(view, null), FormErrors.none(), model);
	}

	@PostMapping("/omgangar/{id}/installningar/mal")
	ModelAndView targets(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		List<TargetField> fields = fields(view, form);
		List<FormErrors.Item> invalid = new ArrayList<>();
		Integer level = null;
		List<TargetSetting.Override> overrides = new ArrayList<>();
		List<String> overrideIds = new ArrayList<>();
		for (TargetField field : fields) {
			Integer value = RoundAdminPages.number(field.value());
			if (value != null && value == Integer.MIN_VALUE) {
				invalid.add(new FormErrors.Item(field.id(), this.pages.text("roundadmin.settings.level.invalid", field.label())));
				continue;
			}
			if (field.scope() == null) {
				level = value;
			}
			else if (value != null) {
				overrides.add(new TargetSetting.Override(field.scope(), field.key(), value));
				overrideIds.add(field.id());
			}
		}
		if (!invalid.isEmpty()) {
			return RoundAdminPages.refused(page(view, fields, new FormErrors(invalid), model), model, HttpStatus.BAD_REQUEST);
		}
		try {
			this.lifecycle.setTargets(id, new TargetSetting(level, overrides));
		}
		catch (InvalidRoundInputException ex) {
			FormErrors errors = this.pages.errors(ex, (f) -> idOf(f, overrideIds));
			return RoundAdminPages.refused(page(view, fields, errors, model), model, HttpStatus.BAD_REQUEST);
		}
		catch (RoundCompletedException ex) {
			return RoundAdminPages.refused(page(view, fields, FormErrors.of("level", this.pages.text("roundadmin.completed")),
					model), model, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", this.pages.text("roundadmin.settings.targets.saved"));
		return new ModelAndView("redirect:/omgangar/" + id + "/installningar");
	}

	@PostMapping("/omgangar/{id}/installningar/publicering")
	ModelAndView publication(@PathVariable long id, @RequestParam(required = false) @Nullable String published,
			Model model, RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		if (!"true".equals(published) && !"false".equals(published)) {
			return RoundAdminPages.refused(page(view, fields(view, null), FormErrors.of("published",
					this.pages.text("roundadmin.settings.published.required")), model), model, HttpStatus.BAD_REQUEST);
		}
		boolean value = Boolean.parseBoolean(published);
		this.lifecycle.setPublication(id, value);
		redirect.addFlashAttribute("success", this.pages.text(value ? "roundadmin.settings.published.on"
				: "roundadmin.settings.published.off"));
		return new ModelAndView("redirect:/omgangar/" + id + "/installningar");
	}

	private static String idOf(String field, List<String> overrideIds) {
		if (field.startsWith("overrides[")) {
			int end = field.indexOf(']');
			try {
				int index = Integer.parseInt(field.substring("overrides[".length(), end));
				if (index >= 0 && index < overrideIds.size()) {
					return overrideIds.get(index);
				}
			}
			catch (NumberFormatException | IndexOutOfBoundsException ex) {
				return "level";
			}
		}
		return "level";
	}

	/** The form's fields: the round level, each area of the round, each dimension, and indicators with an override. */
	private List<TargetField> fields(RoundView view, @Nullable Map<String, String> form) {
		List<TargetField> fields = new ArrayList<>();
		fields.add(new TargetField(null, "", this.pages.text("roundadmin.settings.level"), "level",
				value(form, "level", String.valueOf(view.targets().roundLevel()))));
		for (String areaKey : view.round().areas()) {
			String label = view.model().area(areaKey).map(Area::title).map(this.pages::localized).orElse(areaKey);
			fields.add(field(view, form, TargetScope.AREA, areaKey, label));
		}
		for (Dimension dimension : view.model().dimensions()) {
			fields.add(field(view, form, TargetScope.DIMENSION, dimension.key(), this.pages.localized(dimension.title())));
		}
		for (TargetOverride o : view.targets().overrides()) {
			if (o.scope() == TargetScope.INDICATOR) {
				String label = view.model().indicator(o.key()).map(Indicator::text).map(this.pages::localized).orElse(o.key());
				fields.add(field(view, form, TargetScope.INDICATOR, o.key(), label));
			}
		}
		return fields;
	}

	private TargetField field(RoundView view, @Nullable Map<String, String> form, TargetScope scope, String key,
			String label) {
		String stored = view.targets().overrides().stream()
			.filter((o) -> o.scope() == scope && o.key().equals(key))
			.map((o) -> String.valueOf(o.level()))
			.findFirst()
			.orElse("");
		return new TargetField(scope, key, label, scope.name().toLowerCase(java.util.Locale.ROOT) + "-" + key,
				value(form, scope.name() + "." + key, stored));
	}

	private static String value(@Nullable Map<String, String> form, String name, String stored) {
		if (form == null) {
			return stored;
		}
		String value = form.get(name);
		return value == null ? "" : value.strip();
	}

	private String page(RoundView view, List<TargetField> fields, FormErrors errors, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("scale", view.model().scale());
		model.addAttribute("levelField", fields.get(0));
		model.addAttribute("areaFields", fields.stream().filter((f) -> f.scope() == TargetScope.AREA).toList());
		model.addAttribute("dimensionFields", fields.stream().filter((f) -> f.scope() == TargetScope.DIMENSION).toList());
		model.addAttribute("indicatorFields", fields.stream().filter((f) -> f.scope() == TargetScope.INDICATOR).toList());
		model.addAttribute("errors", errors);
		return VIEW;
	}

}
