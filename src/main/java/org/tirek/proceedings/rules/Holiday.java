package org.tirek.proceedings.rules;

import java.time.LocalDate;
import org.tirek.proceedings.Confidence;

/** A day off in a pack's calendar, with how far it was checked. */
public record Holiday(LocalDate date, String name, Confidence confidence) {}
