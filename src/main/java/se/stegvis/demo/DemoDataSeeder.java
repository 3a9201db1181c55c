package se.stegvis.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.stegvis.account.NewAccount;
import se.stegvis.account.NewAccount.NewMembership;
import se.stegvis.account.UserAccounts;
import se.stegvis.organisation.OrganisationCatalog;

/**
 * Seeds the demo: deterministic and idempotent, so that restarting the demo changes nothing. Runs after
 * the reference data is loaded.
 */
@Component
@Profile("demo")
@Order(100)
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final OrganisationCatalog organisations;

	private final UserAccounts accounts;

	DemoDataSeeder(OrganisationCatalog organisations, UserAccounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoOrganisations.CODES.forEach(this.organisations::activate);
		long created = DemoUsers.USERS.stream()
			.filter((u) -> this.accounts.find(u.username()).isEmpty())
			.peek((u) -> this.accounts.provision(new NewAccount(u.username(), u.displayName(), null, DemoUsers.PASSWORD,
					false, u.memberships().stream().map((m) -> NewMembership.of(m.organisationCode(), m.role())).toList())))
			.count();
		log.info("Demo data: {} demo municipalities, {} demo users ({} new)", DemoOrganisations.CODES.size(),
				DemoUsers.USERS.size(), created);
	}

}
