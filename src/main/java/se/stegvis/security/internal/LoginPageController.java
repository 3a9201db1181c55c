package se.stegvis.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.account.CurrentUsers;

/** The sign-in page, with the reason of a failed attempt: a wrong password, or a lock and when it ends. */
@Controller
class LoginPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

	private final CurrentUsers users;

	LoginPageController(CurrentUsers users) {
		this.users = users;
	}

	@GetMapping("/logga-in")
	String login(@RequestParam(name = "fel", required = false) @Nullable String failed,
			@RequestParam(name = "sparrad", required = false) @Nullable String locked, @Nullable HttpSession session,
			Model model) {
		if (this.users.current().isPresent()) {
			return "redirect:/konto";
		}
		String username = "";
		Instant lockedUntil = null;
		if (session != null) {
			if (session.getAttribute(LoginFailureHandler.USERNAME) instanceof String name) {
				username = name;
			}
			if (session.getAttribute(LoginFailureHandler.LOCKED_UNTIL) instanceof Instant until && until.isAfter(Instant.now())) {
				lockedUntil = until;
			}
			session.removeAttribute(LoginFailureHandler.USERNAME);
		}
		model.addAttribute("username", username);
		if (locked != null && lockedUntil != null) {
			long minutes = Math.max(1, (Duration.between(Instant.now(), lockedUntil).toSeconds() + 59) / 60);
			model.addAttribute("lockedTime", TIME.format(lockedUntil));
			model.addAttribute("lockedMinutes", minutes);
		}
		else if (failed != null || locked != null) {
			model.addAttribute("failed", true);
		}
		return "security/login";
	}

}
