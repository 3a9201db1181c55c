@NullMarked
package se.stegvis.organisation.internal;

import org.jspecify.annotations.NullMarked;
