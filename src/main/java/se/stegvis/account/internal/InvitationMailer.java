package se.stegvis.account.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.stegvis.account.internal.InvitationRows.Invitation;

/**
 * Sends the invitation link by e-mail when SMTP is configured ({@code spring.mail.host}); without it, or
 * when sending fails, the org admin copies the link from the page instead. The mail is in Swedish.
 */
@Component
class InvitationMailer {

	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", SWEDISH)
		.withZone(ZoneId.of("Europe/Stockholm"));

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	InvitationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${stegvis.mail.from:stegvis@localhost}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
	}

	/** Whether e-mail can be sent at all (SMTP is configured). */
	boolean enabled() {
		return this.mailSender.getIfAvailable() != null;
	}

	/** Sends the invitation; false when e-mail is not configured or sending failed. */
	boolean send(Invitation invitation, String link, String invitedBy) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return false;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(invitation.email());
		mail.setSubject(text("invitation.mail.subject", invitation.organisationName()));
		mail.setText(text("invitation.mail.body", invitedBy, invitation.organisationName(),
				text("account.role." + invitation.role().name()), link, DATE.format(invitation.expiresAt())));
		try {
			sender.send(mail);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send the invitation e-mail for invitation {}: {}", invitation.id(), ex.getMessage());
			return false;
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, SWEDISH);
	}

}
