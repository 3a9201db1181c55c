package se.stegvis.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.web.FormErrors;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.UserAccounts;

/** The signed-in user's own pages: the account, changing the password, and choosing the organisation. */
@Controller
class AccountPageController {

	private final CurrentUsers users;

	private final UserAccounts accounts;

	private final PasswordPolicy policy;

	private final Texts texts;

	AccountPageController(CurrentUsers users, UserAccounts accounts, PasswordPolicy policy, Texts texts) {
		this.users = users;
		this.accounts = accounts;
		this.policy = policy;
		this.texts = texts;
	}

	@GetMapping("/konto")
	String account(Model model) {
		CurrentUser user = this.users.require();
		model.addAttribute("user", user);
		model.addAttribute("summary", this.accounts.find(user.username()).orElseThrow(this.texts::notFound));
		return "account/account";
	}

	@GetMapping("/konto/losenord")
	String passwordForm(Model model) {
		this.users.require();
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("minLength", this.policy.minLength());
		return "account/password";
	}

	@PostMapping("/konto/losenord")
	ModelAndView changePassword(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String newPassword, Model model) {
		try {
			this.accounts.changePassword(this.users.require(), currentPassword, newPassword);
			return new ModelAndView("redirect:/konto?losenordBytt");
		}
		catch (InvalidAccountInputException ex) {
			model.addAttribute("errors", AccountFormErrors.of(ex, this.texts));
			model.addAttribute("minLength", this.policy.minLength());
			return new ModelAndView("account/password", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	/** Keeps the session alive (the session warning's "stay signed in" button calls it). */
	@GetMapping("/konto/session")
	ResponseEntity<Void> keepAlive() {
		this.users.require();
		return ResponseEntity.noContent().build();
	}

	/** The organisation switcher in the header; works without JavaScript. */
	@PostMapping("/konto/organisation")
	String selectOrganisation(@RequestParam String organisationCode,
			@RequestParam(required = false) @Nullable String returnTo) {
		this.users.selectOrganisation(organisationCode);
		return "redirect:" + safeReturn(returnTo);
	}

	/** Only a path on this site (never {@code //host} or a URL), so the switcher cannot redirect elsewhere. */
	static String safeReturn(@Nullable String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.contains("\r") || returnTo.contains("\n")) {
			return "/konto";
		}
		return returnTo;
	}

}
