/**
 * Networks (DESIGN.md §3, §5 "Networks"): organisations that agree to compare themselves by name. An org
 * admin creates a network for their organisation (its owner), invites other organisations and may give
 * regional coordinators read access; each invited organisation's org admin consents, declines or later
 * withdraws. Only members whose consent stands are ever named or counted; the figures themselves are the
 * {@code summary} module's, which asks {@link se.stegvis.network.Networks} who consents on every request
 * (nothing about consent is cached, so a withdrawal takes effect at once).
 *
 * <p>The module sits beside {@code organisation} rather than inside it because deciding who may see a
 * network needs the signed-in user and the audit trail ({@code account}), and {@code account} already
 * depends on {@code organisation}: placing networks there would make a cycle.
 */
@NullMarked
package se.stegvis.network;

import org.jspecify.annotations.NullMarked;
