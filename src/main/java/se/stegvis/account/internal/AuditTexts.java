package se.stegvis.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.stegvis.account.AuditEntry;

/**
 * An audit entry as a sentence in the reader's language ({@code @auditTexts} in templates): the message
 * {@code audit.<action>} with the subject, old and new value; role names translated.
 */
@Component("auditTexts")
public class AuditTexts {

	private final MessageSource messages;

	AuditTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(AuditEntry entry) {
		var locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage("audit." + entry.action(),
				new Object[] { entry.subjectLabel(), value(entry.oldValue()), value(entry.newValue()) },
				entry.action() + " " + entry.subject(), locale);
	}

	private String value(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return this.messages.getMessage("account.role." + value, null, value, LocaleContextHolder.getLocale());
	}

}
