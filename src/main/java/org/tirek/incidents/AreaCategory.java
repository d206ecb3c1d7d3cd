package org.tirek.incidents;

/**
 * What kind of place, within a region, an incident happened in: a category, never an address or a
 * named place, so that it identifies nobody.
 */
public enum AreaCategory {
    URBAN,
    RURAL,
    CAMP,
    ONLINE,
    OTHER
}
