package se.stegvis.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import se.stegvis.network.ConsentingNetwork;
import se.stegvis.network.Networks;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.Comparisons;
import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo network: three members consent beside the owner and show figures; the invited and the declined never show. */
@IntegrationTest
@ActiveProfiles("demo")
class DemoNetworksTest {

	@Autowired
	Networks networks;

	@Autowired
	Comparisons comparisons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoNetworks seeder;

	@Test
	void theDemoNetworkComparesTheConsentingMembersByNameAndNobodyElse() {
		ConsentingNetwork network = demoNetwork("1280");
		assertThat(network.memberCodes()).containsExactlyInAnyOrder("1280", "1281", "1283", "1290");
		assertThat(demoNetworkOf("1287")).as("Trelleborg is invited, not consenting").isEmpty();
		assertThat(demoNetworkOf("1262")).as("Lomma declined").isEmpty();
		assertThat(demoNetwork("1281").id()).isEqualTo(network.id());

		Comparison figures = this.comparisons.network(network.id(), network.name(), network.memberCodes(),
				DemoRounds.MODEL, 1);
		assertThat(figures.n()).as("every consenting member has completed demo rounds").isEqualTo(4);
		assertThat(figures.entry(ScopeKey.OVERALL).published()).isTrue();
		assertThat(this.comparisons.countedRounds(List.of("1287", "1262"), DemoRounds.MODEL, 1))
			.as("the others have rounds, which the network never counts").hasSize(2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM network_coordinator c JOIN network n ON n.id = c.network_id "
				+ "WHERE n.name = ? AND c.username = 'skane.samordnare'").param(DemoNetworks.NAME).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void seedingAgainChangesNothing() throws Exception {
		this.seeder.run(new DefaultApplicationArguments());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM network WHERE name = ?").param(DemoNetworks.NAME)
			.query(Long.class).single()).isEqualTo(1);
	}

	private ConsentingNetwork demoNetwork(String code) {
		return demoNetworkOf(code).orElseThrow();
	}

	private java.util.Optional<ConsentingNetwork> demoNetworkOf(String code) {
		return this.networks.consentingNetworksOf(code).stream().filter((n) -> n.name().equals(DemoNetworks.NAME)).findFirst();
	}

}
