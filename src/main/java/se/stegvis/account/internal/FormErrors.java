package se.stegvis.account.internal;

import java.util.List;

import se.stegvis.account.InvalidAccountInputException;

/**
 * Refused form input as the pages show it: a GOV.UK error summary linking to each field, and the message
 * again next to the field. Field names are the ids of the inputs.
 */
public record FormErrors(List<Item> items) {

	public record Item(String field, String message) {
	}

	static FormErrors none() {
		return new FormErrors(List.of());
	}

	static FormErrors of(InvalidAccountInputException ex, Texts texts) {
		return new FormErrors(ex.problems()
			.stream()
			.map((p) -> new Item(p.field(), texts.get(p.messageKey(), p.args().toArray())))
			.toList());
	}

	static FormErrors of(String field, String message) {
		return new FormErrors(List.of(new Item(field, message)));
	}

	public boolean any() {
		return !this.items.isEmpty();
	}

	public boolean has(String field) {
		return this.items.stream().anyMatch((i) -> i.field().equals(field));
	}

	public String message(String field) {
		return this.items.stream().filter((i) -> i.field().equals(field)).map(Item::message).findFirst().orElse("");
	}

}
