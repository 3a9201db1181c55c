@NullMarked
package se.stegvis.account.internal;

import org.jspecify.annotations.NullMarked;
