/** Tables, API and pages of networks; other modules use {@link se.stegvis.network.Networks}. */
@NullMarked
package se.stegvis.network.internal;

import org.jspecify.annotations.NullMarked;
