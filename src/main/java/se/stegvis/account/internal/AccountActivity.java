package se.stegvis.account.internal;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Remembers when an account was last used, so that unused accounts can be listed for removal. */
@Component
class AccountActivity {

	private final UserRows users;

	AccountActivity(UserRows users) {
		this.users = users;
	}

	@EventListener
	@Transactional
	void signedIn(AuthenticationSuccessEvent event) {
		this.users.touch(event.getAuthentication().getName(), Instant.now());
	}

}
