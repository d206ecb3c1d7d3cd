package org.tirek.proceedings.rules;

/**
 * How long a time limit is.
 *
 * @param before counted backwards from the start (a filing due before a removal date), days only
 */
public record Period(int amount, PeriodUnit unit, boolean before) {}
