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

import se.stegvis.web.FormErrors;
import se.stegvis.account.CreatedAccessToken;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.PersonalAccessTokens;

/** Personal access tokens in the UI: create (shown once), list and revoke. */
@Controller
class TokenPageController {

	private final CurrentUsers users;

	private final PersonalAccessTokens tokens;

	private final Texts texts;

	TokenPageController(CurrentUsers users, PersonalAccessTokens tokens, Texts texts) {
		this.users = users;
		this.tokens = tokens;
		this.texts = texts;
	}

	@GetMapping("/konto/tokens")
	String list(Model model) {
		return page(this.users.require(), FormErrors.none(), null, model);
	}

	/** Shows the new token on this response only: it is never stored in the session or shown again. */
	@PostMapping("/konto/tokens")
	ModelAndView create(@RequestParam(required = false) @Nullable String name, Model model) {
		CurrentUser user = this.users.require();
		try {
			CreatedAccessToken created = this.tokens.create(user, name == null ? "" : name);
			return new ModelAndView(page(user, FormErrors.none(), created, model), model.asMap());
		}
		catch (InvalidAccountInputException ex) {
			return new ModelAndView(page(user, AccountFormErrors.of(ex, this.texts), null, model), model.asMap(),
					HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/konto/tokens/{id}/aterkalla")
	String revoke(@PathVariable long id) {
		this.tokens.revoke(this.users.require(), id);
		return "redirect:/konto/tokens?aterkallad";
	}

	private String page(CurrentUser user, FormErrors errors, @Nullable CreatedAccessToken created, Model model) {
		model.addAttribute("tokens", this.tokens.list(user));
		model.addAttribute("errors", errors);
		model.addAttribute("created", created);
		return "account/tokens";
	}

}
