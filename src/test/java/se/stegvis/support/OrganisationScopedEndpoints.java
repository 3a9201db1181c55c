package se.stegvis.support;

import java.util.List;

/**
 * The authorisation expectations of one feature's organisation-scoped endpoints: every request mapping
 * whose path has {@code {code}} or {@code {organisationCode}}, or that is marked
 * {@link se.stegvis.account.OrganisationScoped}. Implement this (with a public no-argument constructor) in
 * the feature's test package; {@code se.stegvis.security.TenantIsolationTest} finds every implementation,
 * fails for an org-scoped endpoint that none of them describes, and proves each rule over real HTTP.
 */
public interface OrganisationScopedEndpoints {

	List<ScopedEndpoint> endpoints();

}
