package se.stegvis.account.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.UserAccounts;
import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first system administrator: from STEGVIS_ADMIN_USERNAME/STEGVIS_ADMIN_PASSWORD, or with a random
 * password logged once. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Transactional
class FirstAdministratorTest {

	private static final Pattern LOGGED = Pattern.compile("'forsta-admin' with the password: (\\S+) ");

	@Autowired
	UserRows users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStartHasASystemAdministrator() {
		assertThat(this.users.countSystemAdmins()).isPositive();
		assertThat(this.accounts.find("admin")).hasValueSatisfying((a) -> assertThat(a.systemAdmin()).isTrue());
	}

	@Test
	void withoutAPasswordARandomOneIsLoggedOnceAndWorks(CapturedOutput output) {
		this.jdbc.sql("UPDATE account_user SET system_admin = FALSE").update();
		FirstAdministrator first = new FirstAdministrator(this.users, this.accounts, "forsta-admin", "");
		first.run(new DefaultApplicationArguments());
		first.run(new DefaultApplicationArguments());

		Matcher logged = LOGGED.matcher(output.getOut());
		assertThat(logged.find()).as("the password is in the log").isTrue();
		assertThat(logged.find()).as("only once").isFalse();
		UserRow admin = this.users.findByUsername("forsta-admin").orElseThrow();
		assertThat(admin.systemAdmin()).isTrue();
		logged.reset().find();
		assertThat(this.encoder.matches(logged.group(1), admin.passwordHash())).isTrue();
	}

	@Test
	void aGivenPasswordIsUsedAndAWeakOneStopsTheStart() {
		this.jdbc.sql("UPDATE account_user SET system_admin = FALSE").update();
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdministrator(this.users, this.accounts, "svag-admin", "admin123")
				.run(new DefaultApplicationArguments()))
			.withMessageContaining("STEGVIS_ADMIN_PASSWORD");
		new FirstAdministrator(this.users, this.accounts, "vald-admin", "lingon och blåbär i skogen")
			.run(new DefaultApplicationArguments());
		assertThat(this.encoder.matches("lingon och blåbär i skogen",
				this.users.findByUsername("vald-admin").orElseThrow().passwordHash())).isTrue();
	}

}
