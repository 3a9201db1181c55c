package se.stegvis.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;

/**
 * One problem of a model document: where it is, what kind it is, and the values its message names. The
 * message itself comes from the bundle {@code i18n/model} (Swedish, English) under {@code code}.
 *
 * @param path where in the document, e.g. {@code indicators[12].activities[0].toLevel}; empty for the
 *     document as a whole
 * @param code the message key, e.g. {@code model.problem.levelOutsideScale}
 * @param arguments the values the message names, as text, in the order of its placeholders
 */
public record ModelProblem(String path, String code, List<String> arguments) {

	public ModelProblem {
		arguments = List.copyOf(arguments);
	}

	/** A problem whose arguments are written as text (so that no locale formats a level or key). */
	public static ModelProblem of(String path, String code, Object... arguments) {
		return new ModelProblem(path, code, Stream.of(arguments).map(String::valueOf).toList());
	}

	/** The message in the locale's language (Swedish unless English is asked for). */
	public String message(MessageSource messages, Locale locale) {
		return messages.getMessage(this.code, this.arguments.toArray(), locale);
	}

	@Override
	public String toString() {
		return this.path + ": " + this.code + " " + this.arguments;
	}

}
