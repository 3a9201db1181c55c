/** The file writers of the exports and their endpoints. */
@NullMarked
package se.stegvis.export.internal;

import org.jspecify.annotations.NullMarked;
