package se.stegvis.network.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.network.NetworkMember;
import se.stegvis.network.NetworkOverview;

/** Request and response bodies of the network API. */
final class NetworkBodies {

	private NetworkBodies() {
	}

	/** {@code organisationCode} names the owner when the caller is org admin of several organisations. */
	record CreateRequest(@Nullable String name, @Nullable String organisationCode) {
	}

	record InviteRequest(@Nullable String organisationCode) {
	}

	/** {@code organisationCode} names which organisation answers when the caller is org admin of several in it. */
	record ConsentRequest(@Nullable Boolean consent, @Nullable String organisationCode) {
	}

	record CoordinatorRequest(@Nullable String username) {
	}

	record CoordinatorBody(String username, String displayName) {
	}

	record MemberBody(String organisationCode, String organisationName, String state, Instant changedAt) {

		static MemberBody of(NetworkMember m) {
			return new MemberBody(m.organisationCode(), m.organisationName(), m.state().name(), m.changedAt());
		}

	}

	/**
	 * A network in the caller's list.
	 * @param own the caller's organisations in the network with their states
	 */
	record OverviewBody(long id, String name, String ownerOrganisationCode, String ownerName, Instant createdAt,
			List<MemberBody> own, boolean coordinator) {

		static OverviewBody of(NetworkOverview o) {
			return new OverviewBody(o.network().id(), o.network().name(), o.network().ownerOrganisationCode(),
					o.network().ownerName(), o.network().createdAt(), o.own().stream().map(MemberBody::of).toList(),
					o.coordinator());
		}

	}

}
