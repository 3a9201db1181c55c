package se.stegvis.account.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.internal.Invitations.InvitationUnavailableException;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/** Refused account input in the API: Problem Details naming every field (400, or 409 for a clash). */
@RestControllerAdvice(assignableTypes = { MeApiController.class, UserApiController.class, MemberApiController.class })
class AccountApiExceptions {

	private final Texts texts;

	AccountApiExceptions(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(InvalidAccountInputException.class)
	ProblemDetail invalid(InvalidAccountInputException ex) {
		ProblemDetail problem = ProblemResponses.validation(this.texts.get("problem.validation.detail"),
				ex.problems()
					.stream()
					.map((p) -> new FieldError(p.field(), this.texts.get(p.messageKey(), p.args().toArray())))
					.toList());
		if (ex.isConflict()) {
			problem.setStatus(HttpStatus.CONFLICT.value());
			problem.setTitle(this.texts.get("problem.conflict.title"));
		}
		return problem;
	}

	@ExceptionHandler(InvitationUnavailableException.class)
	ProblemDetail unavailable(InvitationUnavailableException ex) {
		return ProblemResponses.of(HttpStatus.GONE, this.texts.get("invitation.unavailable.title"),
				this.texts.get("invitation.unavailable." + ex.status().name()));
	}

}
