package se.stegvis.account.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.stegvis.web.NotFoundException;

/** Messages of the bundles in the caller's language. */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The 404 of tenant data that is not there or not the caller's (the two are not told apart). */
	public NotFoundException notFound() {
		return new NotFoundException(get("tenant.notFound"));
	}

}
