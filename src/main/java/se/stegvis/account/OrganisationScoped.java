package se.stegvis.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller or handler method that serves tenant data of one organisation although its path has
 * no {@code {code}} or {@code {organisationCode}} variable (e.g. {@code /api/v1/assessments/{id}}). Such
 * endpoints must call {@link TenantGuard}, and the tenant isolation test requires authorisation
 * expectations for every one of them (see {@code docs/security.md}).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OrganisationScoped {

}
