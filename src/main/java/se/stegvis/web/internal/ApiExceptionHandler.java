package se.stegvis.web.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.stegvis.web.ConflictException;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/**
 * Turns every error of an API controller into Problem Details (RFC 9457) with a message that says what
 * was wrong and what is allowed. Page controllers are not affected: they show the Swedish error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemResponses.of(HttpStatus.NOT_FOUND, text("problem.notFound.title"), ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return ProblemResponses.of(HttpStatus.CONFLICT, text("problem.conflict.title"), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemResponses.validation(text("problem.validation.detail"),
				List.of(new FieldError(ex.getName(), text("problem.typeMismatch", String.valueOf(ex.getValue())))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> new FieldError(e.getField(), this.messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList();
		return ResponseEntity.badRequest().body(ProblemResponses.validation(text("problem.validation.detail"), errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(ProblemResponses.validation(text("problem.unreadable.detail"),
					List.of(new FieldError(field(ex), text("problem.unreadable.field")))));
	}

	/** The JSON path of the value that could not be read, e.g. {@code memberships[0].role}; "body" if unknown. */
	private static String field(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return "body";
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
