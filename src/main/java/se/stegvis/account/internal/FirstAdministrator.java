package se.stegvis.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.NewAccount;
import se.stegvis.account.UserAccounts;

/**
 * Makes sure there is a system administrator: at the first start, {@code STEGVIS_ADMIN_USERNAME} (default
 * {@code admin}) with the password in {@code STEGVIS_ADMIN_PASSWORD}, or a random password that is written
 * to the log once. A password that the policy refuses stops the start with the reason.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserRows users;

	private final UserAccounts accounts;

	private final String username;

	private final String password;

	FirstAdministrator(UserRows users, UserAccounts accounts, @Value("${stegvis.admin.username:admin}") String username,
			@Value("${stegvis.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.countSystemAdmins() > 0) {
			return;
		}
		boolean generated = this.password.isBlank();
		String chosen = generated ? Secrets.newSecret().substring(0, 24) : this.password;
		try {
			this.accounts.provision(NewAccount.of(this.username, "Systemadministratör", chosen).asSystemAdmin());
		}
		catch (DuplicateKeyException ex) {
			log.info("Another node created the first system administrator at the same time");
			return;
		}
		catch (InvalidAccountInputException ex) {
			throw new IllegalStateException("STEGVIS_ADMIN_USERNAME/STEGVIS_ADMIN_PASSWORD refused: " + ex.problems()
					+ " (the password needs at least 15 characters and must not be a common one)", ex);
		}
		if (generated) {
			log.warn("Created the first system administrator '{}' with the password: {} (shown only this once; "
					+ "change it after signing in, or set STEGVIS_ADMIN_PASSWORD)", this.username, chosen);
		}
		else {
			log.info("Created the first system administrator '{}' with the password from STEGVIS_ADMIN_PASSWORD",
					this.username);
		}
	}

}
