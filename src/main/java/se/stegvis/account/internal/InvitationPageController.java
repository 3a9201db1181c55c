package se.stegvis.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.stegvis.web.FormErrors;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.Role;
import se.stegvis.account.internal.Invitations.Found;
import se.stegvis.account.internal.Invitations.InvitationUnavailableException;
import se.stegvis.organisation.OrganisationCatalog;

/**
 * Inviting (org admins: {@code /organisation/{code}/inbjudningar/…}) and accepting ({@code /inbjudan/{token}},
 * public: the link is the key; accepting with an existing account needs signing in first).
 */
@Controller
class InvitationPageController {

	private final Invitations invitations;

	private final CurrentUsers users;

	private final OrganisationCatalog organisations;

	private final MembershipAdministration members;

	private final PasswordPolicy policy;

	private final Texts texts;

	InvitationPageController(Invitations invitations, CurrentUsers users, OrganisationCatalog organisations,
			MembershipAdministration members, PasswordPolicy policy, Texts texts) {
		this.invitations = invitations;
		this.users = users;
		this.organisations = organisations;
		this.members = members;
		this.policy = policy;
		this.texts = texts;
	}

	@GetMapping("/organisation/{code}/inbjudningar/ny")
	String inviteForm(@PathVariable String code, Model model) {
		this.members.members(code);
		return inviteForm(code, "", "", FormErrors.none(), model);
	}

	@PostMapping("/organisation/{code}/inbjudningar/ny")
	ModelAndView invite(@PathVariable String code, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String role, Model model) {
		try {
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/inbjudan/").toUriString();
			Invitations.Issued issued = this.invitations.invite(code, email, role, base);
			model.addAttribute("issued", issued);
			model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(this.texts::notFound));
			return new ModelAndView("account/invited", model.asMap());
		}
		catch (InvalidAccountInputException ex) {
			return new ModelAndView(inviteForm(code, email, role, AccountFormErrors.of(ex, this.texts), model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/organisation/{code}/inbjudningar/{id}/aterkalla")
	String revoke(@PathVariable String code, @PathVariable long id) {
		this.invitations.revoke(code, id);
		return "redirect:/organisation/" + code + "/medlemmar?inbjudanAterkallad";
	}

	@GetMapping("/inbjudan/{token}")
	ModelAndView invitation(@PathVariable String token, Model model) {
		return invitationPage(token, "", "", FormErrors.none(), model, HttpStatus.OK);
	}

	/** Accepting with a new account; the e-mail address is the one the invitation was sent to. */
	@PostMapping("/inbjudan/{token}")
	ModelAndView createAccount(@PathVariable String token, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String password, Model model) {
		try {
			this.invitations.acceptWithNewAccount(token, username, displayName, password == null ? "" : password);
			return new ModelAndView("redirect:/logga-in?kontoSkapat");
		}
		catch (InvalidAccountInputException ex) {
			return invitationPage(token, username, displayName, AccountFormErrors.of(ex, this.texts), model,
					ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
		}
		catch (InvitationUnavailableException ex) {
			return invitationPage(token, username, displayName, FormErrors.none(), model, HttpStatus.GONE);
		}
	}

	/** Signs in (the security chain requires it for this path) and returns to the invitation. */
	@GetMapping("/inbjudan/{token}/logga-in")
	String signInAndReturn(@PathVariable String token) {
		return "redirect:/inbjudan/" + token;
	}

	/** Accepting with the signed-in account (sign in first; the page links there and back). */
	@PostMapping("/inbjudan/{token}/acceptera")
	ModelAndView accept(@PathVariable String token, Model model) {
		try {
			this.invitations.accept(token, this.users.require());
			return new ModelAndView("redirect:/konto?inbjudanAccepterad");
		}
		catch (InvitationUnavailableException ex) {
			return invitationPage(token, "", "", FormErrors.none(), model, HttpStatus.GONE);
		}
	}

	private ModelAndView invitationPage(String token, @Nullable String username, @Nullable String displayName,
			FormErrors errors, Model model, HttpStatus status) {
		Found found = this.invitations.find(token).orElseThrow(this.texts::notFound);
		model.addAttribute("found", found);
		model.addAttribute("token", token);
		model.addAttribute("signedIn", this.users.current().orElse(null));
		model.addAttribute("username", username == null ? "" : username);
		model.addAttribute("displayName", displayName == null ? "" : displayName);
		model.addAttribute("minLength", this.policy.minLength());
		model.addAttribute("errors", errors);
		HttpStatus shown = found.status() == Invitations.Status.VALID ? status : HttpStatus.GONE;
		return new ModelAndView("account/invitation", model.asMap(), shown);
	}

	private String inviteForm(String code, @Nullable String email, @Nullable String role, FormErrors errors, Model model) {
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(this.texts::notFound));
		model.addAttribute("roles", Role.values());
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("role", role == null ? "" : role);
		model.addAttribute("errors", errors);
		return "account/invite";
	}

}
