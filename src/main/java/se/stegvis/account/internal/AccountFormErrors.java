package se.stegvis.account.internal;

import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.web.FormErrors;

/** Turns refused account input into the form errors the pages show, in the reader's language. */
final class AccountFormErrors {

	private AccountFormErrors() {
	}

	static FormErrors of(InvalidAccountInputException ex, Texts texts) {
		return new FormErrors(ex.problems()
			.stream()
			.map((p) -> new FormErrors.Item(p.field(), texts.get(p.messageKey(), p.args().toArray())))
			.toList());
	}

}
