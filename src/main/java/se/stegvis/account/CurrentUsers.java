package se.stegvis.account;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import se.stegvis.account.internal.MembershipRows;
import se.stegvis.account.internal.UserRow;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.SwedishOrder;

/**
 * Who is signed in, for every feature: the user with their memberships, loaded once per request from the
 * database (so a removed membership or a deleted account takes effect at the next request), and the
 * organisation chosen in the header. No transaction of its own: the user and memberships are one query, which
 * joins the caller's transaction when there is one.
 */
@Service
public class CurrentUsers {

	static final String SELECTED_ORGANISATION = "stegvis.selectedOrganisation";

	private static final String REQUEST_CACHE = CurrentUsers.class.getName() + ".";

	private final MembershipRows memberships;

	private final MessageSource messages;

	CurrentUsers(MembershipRows memberships, MessageSource messages) {
		this.memberships = memberships;
		this.messages = messages;
	}

	/** The signed-in user, or empty for an anonymous request (or one whose account was just deleted). */
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		String username = authentication.getName();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_CACHE + username, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached) {
			return Optional.of(cached);
		}
		Optional<CurrentUser> user = load(username, request);
		if (request != null) {
			user.ifPresent((u) -> request.setAttribute(REQUEST_CACHE + username, u, RequestAttributes.SCOPE_REQUEST));
		}
		return user;
	}

	/**
	 * The signed-in user.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is (answered 401, or the login page)
	 */
	public CurrentUser require() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	/**
	 * Chooses the organisation the header shows, for the rest of the session.
	 * @throws NotFoundException when the user is not a member of it
	 */
	public void selectOrganisation(String organisationCode) {
		CurrentUser user = require();
		if (!user.isMember(organisationCode)) {
			throw new NotFoundException(this.messages.getMessage("tenant.notFound", null, LocaleContextHolder.getLocale()));
		}
		RequestAttributes request = RequestContextHolder.currentRequestAttributes();
		request.setAttribute(SELECTED_ORGANISATION, organisationCode, RequestAttributes.SCOPE_SESSION);
		request.removeAttribute(REQUEST_CACHE + user.username(), RequestAttributes.SCOPE_REQUEST);
	}

	/**
	 * Keeps a user and memberships read with the credentials (a token) as this request's current user, so that
	 * the request reads them once. Does nothing outside a request.
	 */
	void rememberForRequest(MembershipRows.UserWithMemberships found) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			CurrentUser user = of(found, request);
			request.setAttribute(REQUEST_CACHE + user.username(), user, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private Optional<CurrentUser> load(String username, @Nullable RequestAttributes request) {
		return this.memberships.userWithMemberships(username).map((found) -> of(found, request));
	}

	private static CurrentUser of(MembershipRows.UserWithMemberships found, @Nullable RequestAttributes request) {
		UserRow account = found.user();
		List<Membership> memberships = found.memberships()
			.stream()
			.sorted(Comparator.comparing(Membership::organisationName, SwedishOrder.comparator()))
			.toList();
		Object chosen = request == null ? null : request.getAttribute(SELECTED_ORGANISATION, RequestAttributes.SCOPE_SESSION);
		String selected = memberships.stream()
			.map(Membership::organisationCode)
			.filter((code) -> code.equals(chosen))
			.findFirst()
			.orElse(memberships.isEmpty() ? null : memberships.get(0).organisationCode());
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.systemAdmin(),
				memberships, selected);
	}

}
