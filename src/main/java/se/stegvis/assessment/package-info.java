/**
 * Assessment rounds (egenvärdering): units of an organisation, rounds, participants, answers, consensus,
 * targets, completion and the audit trail of every change. Pages and later features (summary, action plan,
 * exports) use the public services of this package; see docs/assessment.md.
 */
@NullMarked
package se.stegvis.assessment;

import org.jspecify.annotations.NullMarked;
