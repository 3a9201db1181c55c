package se.stegvis.account;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.web.NotFoundException;

/**
 * The tenant rule every organisation-scoped endpoint applies before it touches tenant data (DESIGN.md §5):
 * an organisation one is not a member of answers 404, so that not even its data's existence shows; a member
 * whose role does not allow the action gets 403. System administrators are not members by virtue of the
 * flag: they see tenant data only where they have a membership, but may administer every organisation's
 * members ({@link #requireMemberAdministrator}).
 */
@Service
public class TenantGuard {

	private final CurrentUsers users;

	private final OrganisationCatalog organisations;

	private final MessageSource messages;

	TenantGuard(CurrentUsers users, OrganisationCatalog organisations, MessageSource messages) {
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
	}

	/**
	 * The signed-in user, who is a member of the organisation (in any role).
	 * @throws NotFoundException for anyone else
	 * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException when nobody is
	 * signed in
	 */
	public CurrentUser requireMember(String organisationCode) {
		CurrentUser user = this.users.require();
		if (!user.isMember(organisationCode)) {
			throw notFound();
		}
		return user;
	}

	/**
	 * The signed-in user, who is a member of the organisation with one of the roles.
	 * @throws NotFoundException for a non-member
	 * @throws AccessDeniedException for a member in another role (403)
	 */
	public CurrentUser requireRole(String organisationCode, Role... roles) {
		CurrentUser user = requireMember(organisationCode);
		if (!user.hasRole(organisationCode, roles)) {
			throw new AccessDeniedException(text("tenant.forbidden", Arrays.stream(roles)
				.map((r) -> text("account.role." + r.name()))
				.collect(Collectors.joining(", "))));
		}
		return user;
	}

	/**
	 * The signed-in user, who may manage the organisation's members and invitations: its org admins, and
	 * system administrators for every organisation that exists.
	 * @throws NotFoundException for a non-member (or an organisation that does not exist)
	 * @throws AccessDeniedException for a member who is not an org admin
	 */
	public CurrentUser requireMemberAdministrator(String organisationCode) {
		CurrentUser user = this.users.require();
		if (user.systemAdmin() && this.organisations.findByCode(organisationCode).isPresent()) {
			return user;
		}
		return requireRole(organisationCode, Role.ORG_ADMIN);
	}

	private NotFoundException notFound() {
		return new NotFoundException(text("tenant.notFound"));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
