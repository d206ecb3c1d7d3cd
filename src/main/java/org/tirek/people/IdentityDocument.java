package org.tirek.people;

/** An identity document of a person (sensitive: sealed with the identity). */
public record IdentityDocument(Type type, String number) {

    /** The kinds of document recorded. */
    public enum Type {
        PASSPORT,
        NATIONAL_ID,
        RESIDENCE_PERMIT,
        ASYLUM_DOCUMENT,
        REFUGEE_DOCUMENT,
        BIRTH_CERTIFICATE,
        DRIVING_LICENCE,
        OTHER
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + type + ", number hidden]";
    }
}
