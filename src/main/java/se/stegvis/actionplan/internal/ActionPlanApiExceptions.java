package se.stegvis.actionplan.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.stegvis.actionplan.ActionItems;
import se.stegvis.actionplan.InvalidPlanInputException;
import se.stegvis.actionplan.StaleItemException;
import se.stegvis.actionplan.internal.ApiBodies.ItemBody;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/** Refused plan input (400 naming every field) and stale writes (412 with the stored item and its ETag). */
@RestControllerAdvice(assignableTypes = ActionPlanApiController.class)
class ActionPlanApiExceptions {

	private final MessageSource messages;

	ActionPlanApiExceptions(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidPlanInputException.class)
	ProblemDetail invalid(InvalidPlanInputException ex) {
		return ProblemResponses.validation(text("actionplan.problem.detail"), ex.problems()
			.stream()
			.map((p) -> new FieldError(p.field(), text(p.messageKey(), p.args().toArray())))
			.toList());
	}

	@ExceptionHandler(StaleItemException.class)
	ResponseEntity<ProblemDetail> stale(StaleItemException ex) {
		ProblemDetail problem = ProblemResponses.of(HttpStatus.PRECONDITION_FAILED, text("actionplan.stale.title"),
				text("actionplan.stale"));
		problem.setProperty("current", ItemBody.of(ex.current(), ActionItems.today()));
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(ETags.of(ex.current().version())).body(problem);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
