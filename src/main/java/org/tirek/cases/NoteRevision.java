package org.tirek.cases;

import java.time.Instant;

/** One text a note had, who wrote it and when; version 1 is the original. */
public record NoteRevision(int version, String text, String writtenBy, Instant writtenAt) {}
