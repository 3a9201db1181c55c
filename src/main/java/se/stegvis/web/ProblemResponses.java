package se.stegvis.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 Problem Details in Stegvis' shape: a title and detail for people, and for validation
 * failures an {@code errors} array of {@code {field, message}}.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/** One validation failure of one field; {@code field} is a JSON path such as {@code memberships[0].role}. */
	public record FieldError(String field, String message) {
	}

	public static ProblemDetail validation(String detail, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Ogiltig begäran");
		problem.setType(URI.create("https://stegvis.se/problem/validation"));
		problem.setProperty("errors", errors.stream().map((e) -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
