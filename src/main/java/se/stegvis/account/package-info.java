/**
 * The people of Stegvis and what they may do: accounts, memberships with an organisation role, invitations,
 * personal access tokens, the current user, the tenant guard every organisation-scoped endpoint calls, and
 * the audit trail. How a request proves who it is (sign-in, sessions, tokens on the wire, throttling) is
 * the {@code security} module's business; it depends on this one, never the other way round.
 */
@NullMarked
package se.stegvis.account;

import org.jspecify.annotations.NullMarked;
