package se.stegvis.network.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.stegvis.network.InvalidNetworkInputException;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/** Refused network input: 400 (409 for a clash with what exists) naming every field. */
@RestControllerAdvice(assignableTypes = NetworkApiController.class)
class NetworkApiExceptions {

	private final MessageSource messages;

	NetworkApiExceptions(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidNetworkInputException.class)
	ProblemDetail invalid(InvalidNetworkInputException ex) {
		ProblemDetail problem = ProblemResponses.validation(text("problem.validation.detail"), ex.problems()
			.stream()
			.map((p) -> new FieldError(p.field(), text(p.messageKey(), p.args().toArray())))
			.toList());
		if (ex.conflict()) {
			problem.setStatus(HttpStatus.CONFLICT);
			problem.setTitle(text("network.conflict.title"));
		}
		return problem;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
