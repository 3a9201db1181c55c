@NullMarked
package se.stegvis.model.internal;

import org.jspecify.annotations.NullMarked;
