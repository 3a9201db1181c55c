package se.stegvis.account;

import java.util.List;

/**
 * Input for an account, membership, invitation or token was refused, and nothing was changed. Each problem
 * names the field as the API spells it (e.g. {@code memberships[0].role}) and a message key of the
 * {@code account} bundle; pages show the messages next to their fields, the API as Problem Details.
 */
public class InvalidAccountInputException extends RuntimeException {

	private final List<Problem> problems;

	private final boolean conflict;

	public InvalidAccountInputException(List<Problem> problems) {
		this(problems, false);
	}

	private InvalidAccountInputException(List<Problem> problems, boolean conflict) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
		this.conflict = conflict;
	}

	/** The input clashes with what exists (e.g. a username that is taken): 409 rather than 400. */
	public static InvalidAccountInputException conflict(Problem problem) {
		return new InvalidAccountInputException(List.of(problem), true);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	public boolean isConflict() {
		return this.conflict;
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
