package se.stegvis.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.stegvis.network.MemberState;
import se.stegvis.network.Networks;

/**
 * Seeds one demo network after the demo rounds: {@link #NAME}, owned by Malmö, in which Lund, Helsingborg and
 * Kristianstad consent (their completed demo rounds show by name), Trelleborg is invited and has not answered,
 * and Lomma declined — the last two never show. Region Skåne's coordinator ({@code skane.samordnare}) reads it.
 * Idempotent: skipped when Malmö already has the network.
 */
@Component
@Profile("demo")
@Order(120)
class DemoNetworks implements ApplicationRunner {

	/** The demo network's name. */
	static final String NAME = "Skånenätverket";

	/** The owner: Malmö. */
	static final String OWNER = "1280";

	/** The other members and their states (the owner consents). */
	static final Map<String, MemberState> MEMBERS = members();

	private static final Logger log = LoggerFactory.getLogger(DemoNetworks.class);

	private final Networks networks;

	DemoNetworks(Networks networks) {
		this.networks = networks;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.networks.consentingNetworksOf(OWNER).stream().anyMatch((n) -> n.name().equals(NAME))) {
			return;
		}
		long id = this.networks.provision(NAME, OWNER, MEMBERS);
		this.networks.provisionCoordinator(id, "skane.samordnare");
		log.info("Demo data: network {} with {} invited members", NAME, MEMBERS.size());
	}

	private static Map<String, MemberState> members() {
		Map<String, MemberState> members = new LinkedHashMap<>();
		members.put("1281", MemberState.CONSENTED); // Lund
		members.put("1283", MemberState.CONSENTED); // Helsingborg
		members.put("1290", MemberState.CONSENTED); // Kristianstad
		members.put("1287", MemberState.INVITED); // Trelleborg: not answered
		members.put("1262", MemberState.DECLINED); // Lomma: said no
		return Map.copyOf(members);
	}

}
