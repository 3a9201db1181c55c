package se.stegvis.account;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as every feature sees it, loaded afresh for each request (a removed membership
 * takes effect at once).
 *
 * @param memberships sorted by organisation name in Swedish order; empty for a user without organisation
 * @param selectedOrganisationCode the organisation chosen in the header: the session's choice while it is
 * still a membership, otherwise the first membership; null for a user without memberships
 */
public record CurrentUser(long id, String username, String displayName, boolean systemAdmin,
		List<Membership> memberships, @Nullable String selectedOrganisationCode) {

	public CurrentUser {
		memberships = List.copyOf(memberships);
	}

	public Optional<Membership> membership(String organisationCode) {
		return this.memberships.stream().filter((m) -> m.organisationCode().equals(organisationCode)).findFirst();
	}

	public boolean isMember(String organisationCode) {
		return membership(organisationCode).isPresent();
	}

	/** Whether the user is a member of the organisation with one of the given roles. */
	public boolean hasRole(String organisationCode, Role... roles) {
		return membership(organisationCode).map((m) -> Arrays.asList(roles).contains(m.role())).orElse(false);
	}

	/** The membership chosen in the header, if the user has any. */
	public Optional<Membership> selectedMembership() {
		return this.selectedOrganisationCode == null ? Optional.empty() : membership(this.selectedOrganisationCode);
	}

	/** Organisations where the user is an org admin. */
	public List<String> administeredOrganisations() {
		return this.memberships.stream().filter((m) -> m.role() == Role.ORG_ADMIN).map(Membership::organisationCode).toList();
	}

	/** This user as the actor of an audit entry. */
	public AuditActor asActor() {
		return new AuditActor(this.id, this.displayName);
	}

}
