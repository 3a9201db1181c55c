/**
 * The arithmetic of Stegvis (DESIGN.md §3) as pure functions over values: indicator and scope scores,
 * coverage, individual-mode aggregation, targets, comparison statistics, trends, suggestion ranking,
 * profiles and display rounding.
 *
 * <p>Everything is exact decimal arithmetic on {@link java.math.BigDecimal}; a division uses
 * {@link java.math.MathContext#DECIMAL128}, and figures are rounded (half-up, one decimal) only by
 * {@link se.stegvis.scoring.DisplayRounding}, when shown or serialised. The module depends on nothing
 * but the JDK and jspecify: no Spring, no database, no other Stegvis module. Every type is immutable
 * and every method is free of side effects.
 *
 * <p>Unless a parameter or return value is marked {@code @Nullable}, null is not allowed, and passing
 * it throws {@link java.lang.NullPointerException}. Invalid values throw
 * {@link java.lang.IllegalArgumentException} with a message that names what was wrong.
 */
@NullMarked
package se.stegvis.scoring;

import org.jspecify.annotations.NullMarked;
