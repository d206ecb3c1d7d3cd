package org.tirek.proceedings.rules;

import java.time.ZoneId;

/** A rule that applies to a proceeding, with its pack and the zone its days are counted in. */
public record ApplicableRule(RulePack pack, Rule rule, ZoneId zone) {}
