package se.stegvis.assessment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The org admin lists and adds förvaltningar and enheter with a plain form. */
@IntegrationTest
class UnitPagesTest {

	private static final String CODE = "1485";

	@Autowired
	TestUsers users;

	@Test
	void anOrgAdminAddsAnAdministrationAndAUnitUnderIt() {
		TestUser admin = this.users.orgAdmin(CODE);
		PageSession session = this.users.signIn(admin);
		String name = "Vård- och omsorgsförvaltningen " + System.nanoTime();
		PageSession.Response added = session.post("/organisationer/" + CODE + "/enheter", Map.of("name", name));
		assertThat(added.status()).isEqualTo(302);
		PageSession.Response page = session.get("/organisationer/" + CODE + "/enheter");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name).contains("Förvaltning");
	}

	@Test
	void aBlankNameIsShownNextToTheFieldAndNothingIsAdded() {
		TestUser admin = this.users.orgAdmin(CODE);
		PageSession session = this.users.signIn(admin);
		PageSession.Response refused = session.post("/organisationer/" + CODE + "/enheter", Map.of("name", "  "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("govuk-error-summary").contains("id=\"name-error\"").contains("Ange enhetens namn.");
	}

}
