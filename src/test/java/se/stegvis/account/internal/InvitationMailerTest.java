package se.stegvis.account.internal;

import java.time.Instant;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import se.stegvis.account.Role;
import se.stegvis.account.internal.InvitationRows.Invitation;

import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured the invitation link goes out by e-mail, in Swedish; without it nothing is sent. */
class InvitationMailerTest {

	private GreenMail smtp;

	@BeforeEach
	void startSmtp() {
		this.smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void theInvitationIsMailedInSwedishWithTheLinkAndWhenItExpires() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(this.smtp.getSmtp().getPort());
		InvitationMailer mailer = new InvitationMailer(provider(Map.of("mail", sender)), messages(), "stegvis@kommun.example");

		boolean sent = mailer.send(invitation(), "https://stegvis.example/inbjudan/hemlig", "Karin Lund");

		assertThat(sent).isTrue();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("kollega@kommun.example");
		assertThat(received[0].getSubject()).isEqualTo("Inbjudan till Lund i Stegvis");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Karin Lund", "Deltagare",
				"https://stegvis.example/inbjudan/hemlig");
	}

	@Test
	void withoutSmtpNothingIsSentAndThePageShowsTheLinkInstead() {
		InvitationMailer mailer = new InvitationMailer(provider(Map.of()), messages(), "stegvis@kommun.example");
		assertThat(mailer.enabled()).isFalse();
		assertThat(mailer.send(invitation(), "https://stegvis.example/inbjudan/hemlig", "Karin Lund")).isFalse();
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
	}

	private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(Map<String, Object> beans) {
		return new StaticListableBeanFactory(beans).getBeanProvider(JavaMailSender.class);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/account");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Invitation invitation() {
		Instant now = Instant.parse("2026-11-22T10:00:00Z");
		return new Invitation(1, "1281", "Lund", "kollega@kommun.example", Role.PARTICIPANT, now,
				now.plusSeconds(7 * 24 * 3600), null, "Karin Lund");
	}

}
