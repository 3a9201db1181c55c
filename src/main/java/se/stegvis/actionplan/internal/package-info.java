/** Storage and HTTP of the action plan. */
@NullMarked
package se.stegvis.actionplan.internal;

import org.jspecify.annotations.NullMarked;
