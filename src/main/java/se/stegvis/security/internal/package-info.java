@NullMarked
package se.stegvis.security.internal;

import org.jspecify.annotations.NullMarked;
