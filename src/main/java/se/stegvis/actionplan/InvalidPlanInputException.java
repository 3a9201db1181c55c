package se.stegvis.actionplan;

import java.util.List;

/**
 * Input for an action item or follow-up was refused and nothing was saved. Each problem names the field
 * as the API spells it ({@code dueDate}, {@code indicatorKeys[1]}) and a message key of the
 * {@code actionplan} bundle with its arguments. The API answers 400 Problem Details with
 * {@code errors: [{field, message}]}; pages show each message next to its field.
 */
public class InvalidPlanInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidPlanInputException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidPlanInputException of(String field, String messageKey, Object... args) {
		return new InvalidPlanInputException(List.of(new Problem(field, messageKey, List.of(args))));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** One refused field; {@code messageKey} is resolved with {@code args} in the caller's language. */
	public record Problem(String field, String messageKey, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

	}

}
