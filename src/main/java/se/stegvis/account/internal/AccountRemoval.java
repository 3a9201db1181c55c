package se.stegvis.account.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.InvalidAccountInputException.Problem;

/** System administrators delete accounts; the last system administrator stays. */
@Service
@Transactional
class AccountRemoval {

	private final UserRows users;

	private final CurrentUsers current;

	private final AccountDeletion deletion;

	private final Texts texts;

	AccountRemoval(UserRows users, CurrentUsers current, AccountDeletion deletion, Texts texts) {
		this.users = users;
		this.current = current;
		this.deletion = deletion;
		this.texts = texts;
	}

	/**
	 * Deletes an account for good, keeping the audit trail under a pseudonym.
	 * @throws se.stegvis.web.NotFoundException when there is no such account
	 * @throws InvalidAccountInputException (409) for the last system administrator
	 * @throws AccessDeniedException unless the caller is a system administrator
	 */
	String delete(long id) {
		CurrentUser by = this.current.require();
		if (!by.systemAdmin()) {
			throw new AccessDeniedException(this.texts.get("problem.status.403.detail"));
		}
		UserRow user = this.users.findById(id).orElseThrow(this.texts::notFound);
		if (user.systemAdmin() && this.users.countSystemAdmins() <= 1) {
			throw InvalidAccountInputException.conflict(Problem.of("id", "account.delete.lastSystemAdmin"));
		}
		return this.deletion.delete(user, by.asActor(), null);
	}

}
