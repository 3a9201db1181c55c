package se.stegvis.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

	DemoDataSeeder(OrganisationCatalog organisations) {
		this.organisations = organisations;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoOrganisations.CODES.forEach(this.organisations::activate);
		log.info("Demo data: {} demo municipalities", DemoOrganisations.CODES.size());
	}

}
