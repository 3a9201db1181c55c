package se.stegvis.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.web.FormErrors;
import se.stegvis.account.AuditLog;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.Role;
import se.stegvis.organisation.OrganisationCatalog;

/**
 * An organisation's members for its org admins: list, change role, remove (after a confirmation), the
 * accounts unused for the retention period, and the latest changes.
 */
@Controller
@RequestMapping("/organisation/{code}")
class MemberPageController {

	private final MembershipAdministration members;

	private final Invitations invitations;

	private final OrganisationCatalog organisations;

	private final AuditLog audit;

	private final Texts texts;

	MemberPageController(MembershipAdministration members, Invitations invitations, OrganisationCatalog organisations,
			AuditLog audit, Texts texts) {
		this.members = members;
		this.invitations = invitations;
		this.organisations = organisations;
		this.audit = audit;
		this.texts = texts;
	}

	@GetMapping("/medlemmar")
	String members(@PathVariable String code, Model model) {
		return page(code, FormErrors.none(), model);
	}

	@PostMapping("/medlemmar/{username}/roll")
	ModelAndView changeRole(@PathVariable String code, @PathVariable String username,
			@RequestParam(required = false) @Nullable String role, Model model) {
		try {
			this.members.changeRole(code, username, role);
			return new ModelAndView("redirect:/organisation/" + code + "/medlemmar?rollAndrad");
		}
		catch (InvalidAccountInputException ex) {
			return new ModelAndView(page(code, FormErrors.of("role-" + username, AccountFormErrors.of(ex, this.texts)
				.items()
				.get(0)
				.message()), model), model.asMap(), ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/medlemmar/{username}/ta-bort")
	String confirmRemoval(@PathVariable String code, @PathVariable String username, Model model) {
		MemberRow member = this.members.members(code)
			.stream()
			.filter((m) -> m.username().equals(AccountInput.normaliseUsername(username)))
			.findFirst()
			.orElseThrow(this.texts::notFound);
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(this.texts::notFound));
		model.addAttribute("member", member);
		return "account/remove-member";
	}

	@PostMapping("/medlemmar/{username}/ta-bort")
	ModelAndView remove(@PathVariable String code, @PathVariable String username, Model model) {
		try {
			boolean deleted = this.members.remove(code, username);
			return new ModelAndView("redirect:/organisation/" + code + "/medlemmar?" + (deleted ? "kontoBorttaget" : "borttagen"));
		}
		catch (InvalidAccountInputException ex) {
			return new ModelAndView(page(code, FormErrors.of("members", AccountFormErrors.of(ex, this.texts).items().get(0).message()),
					model), model.asMap(), HttpStatus.CONFLICT);
		}
	}

	@GetMapping("/inaktiva")
	String inactive(@PathVariable String code, Model model) {
		model.addAttribute("members", this.members.inactive(code));
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(this.texts::notFound));
		model.addAttribute("months", this.members.retentionMonths());
		return "account/inactive";
	}

	private String page(String code, FormErrors errors, Model model) {
		model.addAttribute("members", this.members.members(code));
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(this.texts::notFound));
		model.addAttribute("invitations", this.invitations.pending(code));
		model.addAttribute("changes", this.audit.forOrganisation(code, 20));
		model.addAttribute("roles", Role.values());
		model.addAttribute("months", this.members.retentionMonths());
		model.addAttribute("inactiveCount", this.members.inactive(code).size());
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("errors", errors);
		return "account/members";
	}

}
