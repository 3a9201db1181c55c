@NullMarked
package se.stegvis.summary.internal;

import org.jspecify.annotations.NullMarked;
