package se.stegvis.web.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with each message that has arguments formatted by a copy of its cached
 * {@link MessageFormat}. Spring formats under a lock on the one cached format per message and language, so that
 * every page that shows, say, the signed-in user's name waited for every other page doing the same: under load
 * this lock was where a page spent most of its time (docs/performance.md). A copy costs less than the wait.
 */
final class UnsharedFormatsMessageSource extends ResourceBundleMessageSource {

	@Override
	protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		return shared == null ? null : (MessageFormat) shared.clone();
	}

}
