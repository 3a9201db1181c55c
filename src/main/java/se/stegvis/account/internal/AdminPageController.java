package se.stegvis.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.web.FormErrors;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.UserAccounts;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;

/**
 * System administrators' pages: every account (delete one after a confirmation) and a way into any
 * organisation's member administration, to invite its first org admin.
 */
@Controller
@RequestMapping("/administration")
class AdminPageController {

	private final UserAccounts accounts;

	private final AccountRemoval removal;

	private final OrganisationCatalog organisations;

	private final Texts texts;

	AdminPageController(UserAccounts accounts, AccountRemoval removal, OrganisationCatalog organisations, Texts texts) {
		this.accounts = accounts;
		this.removal = removal;
		this.organisations = organisations;
		this.texts = texts;
	}

	@GetMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String users(Model model) {
		return page(FormErrors.none(), model);
	}

	/** Opens the member administration of the organisation chosen in the list. */
	@GetMapping("/organisation")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String organisation(@RequestParam(required = false) @Nullable String organisationCode) {
		if (organisationCode == null || organisationCode.isBlank()) {
			return "redirect:/administration";
		}
		this.organisations.findByCode(organisationCode).orElseThrow(this.texts::notFound);
		return "redirect:/organisation/" + organisationCode + "/medlemmar";
	}

	@GetMapping("/anvandare/{id}/ta-bort")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.all()
			.stream()
			.filter((a) -> a.id() == id)
			.findFirst()
			.orElseThrow(this.texts::notFound));
		return "account/admin-delete";
	}

	@PostMapping("/anvandare/{id}/ta-bort")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ModelAndView delete(@PathVariable long id, Model model) {
		try {
			this.removal.delete(id);
			return new ModelAndView("redirect:/administration?borttagen");
		}
		catch (InvalidAccountInputException ex) {
			return new ModelAndView(page(FormErrors.of("accounts", AccountFormErrors.of(ex, this.texts).items().get(0).message()),
					model), model.asMap(), HttpStatus.CONFLICT);
		}
	}

	private String page(FormErrors errors, Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("organisations", this.organisations.search(OrganisationFilter.all()));
		model.addAttribute("errors", errors);
		return "account/admin";
	}

}
