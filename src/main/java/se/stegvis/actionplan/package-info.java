/**
 * The action plan (handlingsplan) and its follow-up (uppföljning): ranked suggestions of a round, the
 * organisation's (or unit's) action items with their follow-up log, and whether the work moved the
 * indicators at the next completed round. Built on the public services of {@code assessment} and the
 * ranking of {@code scoring}; see docs/actionplan.md.
 */
@NullMarked
package se.stegvis.actionplan;

import org.jspecify.annotations.NullMarked;
