package se.stegvis.network;

import java.util.List;

/**
 * Input for a network was refused and nothing changed. Each problem names the field as the API spells it and a
 * message key of the {@code network} bundle with its arguments. The API answers 400 Problem Details with
 * {@code errors: [{field, message}]} (409 when {@link #conflict()}); pages show the messages by their fields.
 */
public class InvalidNetworkInputException extends RuntimeException {

	private final List<Problem> problems;

	private final boolean conflict;

	public InvalidNetworkInputException(List<Problem> problems, boolean conflict) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
		this.conflict = conflict;
	}

	public static InvalidNetworkInputException of(String field, String messageKey, Object... args) {
		return new InvalidNetworkInputException(List.of(new Problem(field, messageKey, List.of(args))), false);
	}

	/** A request that is well-formed but clashes with what exists (already invited, already a coordinator). */
	public static InvalidNetworkInputException conflict(String field, String messageKey, Object... args) {
		return new InvalidNetworkInputException(List.of(new Problem(field, messageKey, List.of(args))), true);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	public boolean conflict() {
		return this.conflict;
	}

	public record Problem(String field, String messageKey, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

	}

}
