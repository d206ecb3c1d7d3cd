/**
 * Jurisdiction rule packs and deadline arithmetic: versioned YAML files (shipped in {@code
 * rulepacks/}, overridden or extended from {@code tirek.rule-packs.directory}) that say which event
 * of which proceeding starts which time limit, how it is counted, on what legal basis and how far
 * that basis was checked; read and validated once at start ({@link
 * org.tirek.proceedings.rules.RulePacks}), refused with a one-line message naming the file, the
 * rule and the problem. The arithmetic ({@link org.tirek.proceedings.rules.DeadlineArithmetic}) is
 * pure: no clock, no Spring, no database.
 */
@NullMarked
package org.tirek.proceedings.rules;

import org.jspecify.annotations.NullMarked;
