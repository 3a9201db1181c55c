package se.stegvis.actionplan.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.stegvis.actionplan.InvalidPlanInputException;
import se.stegvis.web.FormErrors;

/** Messages of the plan pages in the reader's language, and refused input as {@code web.FormErrors}. */
@Component
class PlanTexts {

	private final MessageSource messages;

	PlanTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

	/** The problems with the field names as the forms' ids ({@code indicatorKeys[1]} → {@code indicatorKeys}). */
	FormErrors errors(InvalidPlanInputException ex) {
		List<FormErrors.Item> items = new java.util.ArrayList<>();
		ex.problems().forEach((p) -> {
			String field = p.field().replaceAll("\\[\\d+]$", "");
			if (items.stream().noneMatch((i) -> i.field().equals(field))) {
				items.add(new FormErrors.Item(field, text(p.messageKey(), p.args().toArray())));
			}
		});
		return new FormErrors(items);
	}

}
