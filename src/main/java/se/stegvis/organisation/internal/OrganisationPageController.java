package se.stegvis.organisation.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
import se.stegvis.organisation.UnknownReferenceException;
import se.stegvis.web.FormErrors;

/** The searchable list of organisations with their län and SKR groups. */
@Controller
class OrganisationPageController {

	private final OrganisationCatalog catalog;

	private final MessageSource messages;

	OrganisationPageController(OrganisationCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/organisationer")
	ModelAndView list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String group, Model model) {
		OrganisationFilter filter = new OrganisationFilter(q, region, group, null, null);
		model.addAttribute("filter", filter);
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("counties", this.catalog.counties());
		model.addAttribute("groups", this.catalog.municipalityGroups());
		model.addAttribute("mainGroups", this.catalog.municipalityMainGroups());
		try {
			model.addAttribute("organisations", this.catalog.search(filter));
			return new ModelAndView("organisation/list", model.asMap());
		}
		catch (UnknownReferenceException ex) {
			model.addAttribute("organisations", java.util.List.of());
			model.addAttribute("errors", FormErrors.of(ex.field(), this.messages.getMessage("organisations.filter.unknown",
					null, LocaleContextHolder.getLocale())));
			return new ModelAndView("organisation/list", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

}
