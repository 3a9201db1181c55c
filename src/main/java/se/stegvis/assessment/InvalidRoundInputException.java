package se.stegvis.assessment;

import java.util.List;

/**
 * Input for a round, answer, consensus, target, participant or unit was refused, and nothing was changed.
 * Each problem names the field as the API spells it (e.g. {@code level}, {@code overrides[1].key}) and a
 * message key of the {@code assessment} bundle with its arguments. The API answers 400 Problem Details with
 * {@code errors: [{field, message}]}; pages show the messages next to their fields.
 */
public class InvalidRoundInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidRoundInputException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidRoundInputException of(String field, String messageKey, Object... args) {
		return new InvalidRoundInputException(List.of(Problem.of(field, messageKey, args)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** One refused field; {@code messageKey} is resolved with {@code args} in the caller's language. */
	public record Problem(String field, String messageKey, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

		public static Problem of(String field, String messageKey, Object... args) {
			return new Problem(field, messageKey, List.of(args));
		}

	}

}
