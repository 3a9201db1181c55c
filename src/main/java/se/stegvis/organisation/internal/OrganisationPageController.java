package se.stegvis.organisation.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
import se.stegvis.organisation.UnknownReferenceException;

/** The searchable list of organisations with their län and SKR groups. */
@Controller
class OrganisationPageController {

	private final OrganisationCatalog catalog;

	OrganisationPageController(OrganisationCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/organisationer")
	ModelAndView list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String group, Model model) {
		OrganisationFilter filter = new OrganisationFilter(q, region, group, null, null);
		model.addAttribute("filter", filter);
		model.addAttribute("counties", this.catalog.counties());
		model.addAttribute("groups", this.catalog.municipalityGroups());
		model.addAttribute("mainGroups", this.catalog.municipalityMainGroups());
		try {
			model.addAttribute("organisations", this.catalog.search(filter));
			return new ModelAndView("organisation/list", model.asMap());
		}
		catch (UnknownReferenceException ex) {
			model.addAttribute("organisations", java.util.List.of());
			model.addAttribute("error", ex);
			return new ModelAndView("organisation/list", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

}
