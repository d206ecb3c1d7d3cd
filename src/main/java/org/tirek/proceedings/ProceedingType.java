package org.tirek.proceedings;

/** The kinds of proceedings Tirek models, each with its own state machine. */
public enum ProceedingType {
    /** Criminal prosecution of the client in the requesting state, with its arrest warrant and charges. */
    ARREST_WARRANT,
    /** An Interpol matter: what Interpol holds on the client, and requests to the CCF. */
    INTERPOL,
    /** An extradition request: the merits and, separately, the client's custody. */
    EXTRADITION,
    /** An application for international protection (asylum or subsidiary protection). */
    ASYLUM,
    /** A protective order (police or court) against an abuser. */
    PROTECTIVE_ORDER,
    /** A criminal case against an abuser (the survivor side). */
    DOMESTIC_CRIMINAL,
    /** A request for interim measures: ECtHR Rule 39 or a UN body. */
    INTERIM_MEASURE,
    /** An application to the European Court of Human Rights. */
    ECTHR_APPLICATION,
    /** A communication to a UN treaty body or Special Procedure. */
    UN_COMMUNICATION,
    /** Anything else: open, events, closed. */
    GENERIC
}
