package se.stegvis.assessment.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.stegvis.assessment.Answer;
import se.stegvis.assessment.Consensus;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.StaleVersionException;
import se.stegvis.assessment.internal.ApiBodies.AnswerBody;
import se.stegvis.assessment.internal.ApiBodies.ConsensusBody;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/** Refused round input (400 naming every field) and stale writes (412 with the current value and its ETag). */
@RestControllerAdvice(assignableTypes = { RoundApiController.class, UnitApiController.class })
class RoundApiExceptions {

	private final MessageSource messages;

	RoundApiExceptions(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidRoundInputException.class)
	ProblemDetail invalid(InvalidRoundInputException ex) {
		return ProblemResponses.validation(text("problem.validation.detail"), ex.problems()
			.stream()
			.map((p) -> new FieldError(p.field(), text(p.messageKey(), p.args().toArray())))
			.toList());
	}

	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
		ProblemDetail problem = ProblemResponses.of(HttpStatus.PRECONDITION_FAILED, text("assessment.stale.title"),
				text("assessment.stale"));
		Object current = ex.current();
		if (current instanceof Answer answer) {
			problem.setProperty("current", AnswerBody.of(answer));
		}
		else if (current instanceof Consensus consensus) {
			problem.setProperty("current", ConsensusBody.of(consensus));
		}
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag(ETags.of(ex.currentVersion()))
			.body(problem);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
