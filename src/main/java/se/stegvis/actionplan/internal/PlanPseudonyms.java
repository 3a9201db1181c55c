package se.stegvis.actionplan.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.stegvis.account.AccountDeleted;

/** A deleted user's name leaves the plans: "saved by", follow-ups and owned items show the pseudonym instead. */
@Component
class PlanPseudonyms {

	private final ItemRows items;

	PlanPseudonyms(ItemRows items) {
		this.items = items;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		this.items.pseudonymise(deleted.userId(), deleted.pseudonym());
	}

}
