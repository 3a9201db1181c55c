@NullMarked
package se.stegvis.web.internal;

import org.jspecify.annotations.NullMarked;
