package org.tirek.proceedings.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.ProceedingType;

/**
 * The rule packs in force: the shipped ones, each replaced or extended by the pack of the same id
 * in the organisation's directory, plus the directory's new packs. Built once at start; any pack
 * that fails its checks stops the start with a {@link RulePackException}.
 *
 * <p>Which rules apply to a proceeding: those of its jurisdiction's pack (or of the DEFAULT pack
 * when there is none), plus rules of other packs that name its jurisdiction explicitly (the
 * Strasbourg limits for proceedings in Council of Europe states).
 */
public final class RulePacks {

    /** A file to read: its name for messages and its content. */
    public record Source(String name, String text) {}

    private final Map<String, RulePack> packs;
    private final List<RulePack> sorted;
    private final String digest;
    /** The rules for each (type, jurisdiction, requesting state) asked so far: the packs never change. */
    private final Map<String, List<ApplicableRule>> applicable = new java.util.concurrent.ConcurrentHashMap<>();

    private RulePacks(Map<String, RulePack> packs, String digest) {
        this.packs = packs;
        this.sorted = packs.values().stream()
                .sorted(Comparator.comparing(RulePack::id))
                .toList();
        this.digest = digest;
    }

    /**
     * Reads and merges the packs.
     *
     * @param messages whether a key exists in the deadlines bundle
     * @throws RulePackException for the first problem found
     */
    public static RulePacks of(List<Source> shipped, List<Source> overrides, Predicate<String> messages) {
        Map<String, RulePack> packs = new LinkedHashMap<>();
        Map<String, String> shippedFiles = new LinkedHashMap<>();
        for (Source s : shipped) {
            PackFile file = RulePackReader.read(s.name(), s.text(), messages);
            if (file.extension()) throw new RulePackException(s.name(), null, "a shipped pack cannot be an extension");
            String other = shippedFiles.put(file.id(), s.name());
            if (other != null)
                throw new RulePackException(s.name(), null, "pack id " + file.id() + " is also in " + other);
            packs.put(file.id(), file.pack());
        }
        Map<String, String> overrideFiles = new LinkedHashMap<>();
        for (Source s : overrides) {
            PackFile file = RulePackReader.read(s.name(), s.text(), messages);
            String other = overrideFiles.put(file.id(), s.name());
            if (other != null)
                throw new RulePackException(s.name(), null, "pack id " + file.id() + " is also in " + other);
            packs.put(file.id(), file.extension() ? PackMerge.extend(packs.get(file.id()), file) : file.pack());
        }
        PackMerge.checkAcross(packs.values());
        return new RulePacks(packs, digest(shipped, overrides));
    }

    /** Reads the packs shipped in the jar and those in {@code directory} (blank for none). */
    public static RulePacks load(List<Source> shipped, @Nullable String directory, Predicate<String> messages) {
        return of(shipped, directory == null || directory.isBlank() ? List.of() : files(directory), messages);
    }

    private static List<Source> files(String directory) {
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) {
            throw new RulePackException(
                    directory, null, "the rule-pack directory (TIREK_RULE_PACKS_DIR) is not a directory");
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Source> sources = new ArrayList<>();
            for (Path p : list.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                sources.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule-pack directory " + directory, e);
        }
    }

    /** Every pack, by id. */
    public List<RulePack> packs() {
        return sorted;
    }

    public Optional<RulePack> pack(String id) {
        return Optional.ofNullable(packs.get(id));
    }

    /** The rules that apply to a proceeding of {@code type} in {@code jurisdiction}. */
    public List<ApplicableRule> rulesFor(ProceedingType type, String jurisdiction, @Nullable String requestingState) {
        return applicable.computeIfAbsent(
                type + "|" + jurisdiction + "|" + requestingState, k -> find(type, jurisdiction, requestingState));
    }

    private List<ApplicableRule> find(ProceedingType type, String jurisdiction, @Nullable String requestingState) {
        RulePack own = own(jurisdiction);
        List<ApplicableRule> rules = new ArrayList<>();
        for (RulePack pack : packs()) {
            for (Rule rule : pack.rules()) {
                if (!rule.proceedings().contains(type) || !rule.requestedBy(requestingState)) continue;
                Set<String> where = rule.jurisdictions();
                boolean ownPack = own != null && pack.id().equals(own.id());
                boolean applies =
                        where == null ? ownPack : where.contains(jurisdiction) && (!pack.isDefault() || ownPack);
                if (applies) rules.add(new ApplicableRule(pack, rule, zone(pack, jurisdiction)));
            }
        }
        return List.copyOf(rules);
    }

    /** A rule by id, with the zone it counts in for {@code jurisdiction}. */
    public Optional<ApplicableRule> rule(String ruleId, String jurisdiction) {
        for (RulePack pack : packs.values()) {
            for (Rule rule : pack.rules()) {
                if (rule.id().equals(ruleId))
                    return Optional.of(new ApplicableRule(pack, rule, zone(pack, jurisdiction)));
            }
        }
        return Optional.empty();
    }

    /**
     * Ids and versions of every pack and a digest of the files they were read from: when it changes
     * (a pack edited without a new version too), stored deadlines are recomputed.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder();
        packs().forEach(p -> s.append(p.id()).append('@').append(p.version()).append(';'));
        return s.append("sha256:").append(digest).toString();
    }

    private static String digest(List<Source> shipped, List<Source> overrides) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Source source : java.util.stream.Stream.concat(shipped.stream(), overrides.stream())
                    .toList()) {
                sha.update(source.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(source.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private @Nullable RulePack own(String jurisdiction) {
        for (RulePack pack : packs.values()) if (pack.jurisdiction().equals(jurisdiction)) return pack;
        for (RulePack pack : packs.values()) if (pack.isDefault()) return pack;
        return null;
    }

    private static java.time.ZoneId zone(RulePack pack, String jurisdiction) {
        return pack.zone() == null ? Jurisdictions.zone(jurisdiction) : pack.zone();
    }
}
