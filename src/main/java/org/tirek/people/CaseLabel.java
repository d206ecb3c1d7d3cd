package org.tirek.people;

/** How a case is named on the people pages: its reference and non-identifying codename. */
public record CaseLabel(String reference, String codename) {}
