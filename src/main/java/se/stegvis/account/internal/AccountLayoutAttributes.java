package se.stegvis.account.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;

/**
 * What the header needs on every page: the signed-in user (or null) and how long the session lasts after this
 * page. A session's access time is stored at most once per {@code stegvis.security.session.access-write-interval},
 * so the session may end that much before the timeout; the warning counts with the shorter time.
 */
@ControllerAdvice(annotations = Controller.class)
class AccountLayoutAttributes {

	private final CurrentUsers users;

	private final long sessionSeconds;

	AccountLayoutAttributes(CurrentUsers users, @Value("${spring.session.timeout:30m}") Duration sessionTimeout,
			@Value("${stegvis.security.session.access-write-interval:1m}") Duration accessWriteInterval) {
		this.users = users;
		this.sessionSeconds = sessionTimeout.minus(accessWriteInterval).toSeconds();
	}

	@ModelAttribute("currentAccount")
	@Nullable CurrentUser currentAccount() {
		return this.users.current().orElse(null);
	}

	@ModelAttribute("sessionSeconds")
	long sessionSeconds() {
		return this.sessionSeconds;
	}

}
