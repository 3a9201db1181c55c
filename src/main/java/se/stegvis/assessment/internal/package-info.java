/** The storage and HTTP side of assessment rounds. */
@NullMarked
package se.stegvis.assessment.internal;

import org.jspecify.annotations.NullMarked;
