package se.stegvis.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.Unit;
import se.stegvis.assessment.Units;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.web.NotFoundException;

/** The org admin's page of förvaltningar and enheter: the list and a form to add one (works without JavaScript). */
@Controller
class UnitPageController {

	private final Units units;

	private final TenantGuard guard;

	private final OrganisationCatalog organisations;

	private final MessageSource messages;

	UnitPageController(Units units, TenantGuard guard, OrganisationCatalog organisations, MessageSource messages) {
		this.units = units;
		this.guard = guard;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/organisationer/{code}/enheter")
	String list(@PathVariable String code, Model model) {
		this.guard.requireRole(code, Role.ORG_ADMIN);
		return page(code, "", null, Map.of(), model);
	}

	@PostMapping("/organisationer/{code}/enheter")
	ModelAndView add(@PathVariable String code, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String parentId, Model model, RedirectAttributes redirect) {
		Long parent = parentId == null || parentId.isBlank() ? null : parse(parentId);
		try {
			Unit unit = this.units.add(code, name, parent);
			redirect.addFlashAttribute("added", unit.label());
			return new ModelAndView("redirect:/organisationer/" + code + "/enheter");
		}
		catch (InvalidRoundInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach((p) -> errors.putIfAbsent(p.field(), this.messages.getMessage(p.messageKey(),
					p.args().toArray(), LocaleContextHolder.getLocale())));
			return new ModelAndView(page(code, name == null ? "" : name, parent, errors, model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
	}

	private String page(String code, String name, @Nullable Long parent, Map<String, String> errors, Model model) {
		List<Unit> all = this.units.list(code);
		model.addAttribute("organisation", this.organisations.findByCode(code)
			.orElseThrow(() -> new NotFoundException(code)));
		model.addAttribute("units", all);
		model.addAttribute("administrations", all.stream().filter((u) -> u.parentId() == null).toList());
		model.addAttribute("name", name);
		model.addAttribute("parent", parent);
		model.addAttribute("errors", errors);
		return "assessment/units";
	}

	private static @Nullable Long parse(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
