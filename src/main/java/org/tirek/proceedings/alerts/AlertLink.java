package org.tirek.proceedings.alerts;

import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/** A proceeding an alert is about. */
public record AlertLink(ProceedingId proceeding, ProceedingType type) {}
