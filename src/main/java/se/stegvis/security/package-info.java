/** Authentication, authorisation, the tenant guard and the secure headers every response carries. */
@NullMarked
package se.stegvis.security;

import org.jspecify.annotations.NullMarked;
