/**
 * What every page shares: layout, navigation, locale, error pages and Problem Details for the API, and
 * the Swedish sort order. Every feature may use this module; it uses none of them.
 */
@NullMarked
package se.stegvis.web;

import org.jspecify.annotations.NullMarked;
