package se.stegvis.web;

import java.util.List;

/**
 * Refused form input as every page shows it: a GOV.UK error summary linking to each field, and the message
 * again next to the field (the fragments {@code errorSummary} and {@code fieldError} of
 * {@code templates/fragments/govuk.html}). Field names are the ids of the inputs.
 */
public record FormErrors(List<Item> items) {

	public FormErrors {
		items = List.copyOf(items);
	}

	/** One refused field and the Swedish (or English) message for it. */
	public record Item(String field, String message) {
	}

	public static FormErrors none() {
		return new FormErrors(List.of());
	}

	public static FormErrors of(String field, String message) {
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
