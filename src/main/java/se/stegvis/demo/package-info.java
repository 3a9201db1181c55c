/**
 * Demo data for the {@code demo} profile only: organisations across regions and groups and, as features
 * land, their users, rounds and plans. Never active without that profile.
 */
@NullMarked
package se.stegvis.demo;

import org.jspecify.annotations.NullMarked;
