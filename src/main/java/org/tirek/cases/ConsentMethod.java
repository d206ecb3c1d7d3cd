package org.tirek.cases;

/** How consent was given. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN
}
