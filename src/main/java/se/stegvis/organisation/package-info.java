/**
 * Organisations (tenants) and the reference facts about them: the 290 municipalities, the 21 län with
 * their regions, and SKR's municipality groups and main groups. Other features read them through
 * {@link se.stegvis.organisation.OrganisationCatalog}.
 */
@NullMarked
package se.stegvis.organisation;

import org.jspecify.annotations.NullMarked;
