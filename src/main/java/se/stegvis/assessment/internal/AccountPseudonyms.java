package se.stegvis.assessment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.stegvis.account.AccountDeleted;

/** A deleted user's name leaves rounds: participants and "saved by" show the pseudonym instead. */
@Component
class AccountPseudonyms {

	private final ParticipantRows participants;

	private final AnswerRows answers;

	AccountPseudonyms(ParticipantRows participants, AnswerRows answers) {
		this.participants = participants;
		this.answers = answers;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		this.participants.pseudonymise(deleted.userId(), deleted.pseudonym());
		this.answers.pseudonymise(deleted.userId(), deleted.pseudonym());
	}

}
