package se.stegvis.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.Rounds;
import se.stegvis.model.LocalizedText;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.web.FormErrors;

/**
 * What the facilitator pages share: the round for an org admin (404 for non-members, 403 for other roles),
 * refused input as {@link FormErrors}, texts of the {@code roundadmin} bundle and figures as shown.
 */
@Component
class RoundAdminPages {

	private final Rounds rounds;

	private final TenantGuard guard;

	private final MessageSource messages;

	RoundAdminPages(Rounds rounds, TenantGuard guard, MessageSource messages) {
		this.rounds = rounds;
		this.guard = guard;
		this.messages = messages;
	}

	/** The round, for an org admin of its organisation. */
	RoundView adminView(long id) {
		RoundView view = this.rounds.get(id);
		this.guard.requireRole(view.round().organisationCode(), Role.ORG_ADMIN);
		return view;
	}

	/** Every refused field, the service's field name turned into the id of the input by {@code ids}. */
	FormErrors errors(InvalidRoundInputException ex, Function<String, String> ids) {
		List<FormErrors.Item> items = new ArrayList<>();
		for (InvalidRoundInputException.Problem p : ex.problems()) {
			items.add(new FormErrors.Item(ids.apply(p.field()), text(p.messageKey(), p.args().toArray())));
		}
		return new FormErrors(items);
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The text, or {@code fallback} when the bundles have no such key. */
	String textOr(String key, String fallback, Object... args) {
		String text = this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
		return text == null ? fallback : text;
	}

	/** A figure to one decimal (the only rounding, {@link DisplayRounding}), with a decimal comma in Swedish. */
	String decimal(@Nullable BigDecimal value) {
		if (value == null) {
			return "–";
		}
		String text = DisplayRounding.oneDecimal(value).toPlainString();
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? text : text.replace('.', ',');
	}

	String localized(@Nullable LocalizedText text) {
		return text == null ? "" : text.text(locale());
	}

	Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** The page with the status of a refusal (400, 409). */
	static ModelAndView refused(String view, Model model, HttpStatus status) {
		return new ModelAndView(view, model.asMap(), status);
	}

	/** Parses a whole number from a form field; null for blank, {@code Integer.MIN_VALUE} for anything else. */
	static @Nullable Integer number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return Integer.MIN_VALUE;
		}
	}

}
