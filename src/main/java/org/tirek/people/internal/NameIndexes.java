package org.tirek.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tirek.people.Identity;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.KeyScope;

/**
 * The blind indexes of a person's names (legal name and aliases, each normalised by {@link NameKey}),
 * under the organisation's blind-index key. Equal normalised names give equal indexes in every row,
 * which is what lets the duplicate check run in SQL without decrypting anyone.
 */
@Component
class NameIndexes {

    static final KeyScope SCOPE = KeyScope.named("org", "blind-index");
    static final String PURPOSE = "person-name";

    private final FieldEncryption fields;

    NameIndexes(FieldEncryption fields) {
        this.fields = fields;
    }

    Set<IndexBytes> of(Identity identity) {
        List<String> names = new ArrayList<>();
        if (identity.legalName() != null) names.add(identity.legalName());
        names.addAll(identity.aliases());
        Set<IndexBytes> indexes = new LinkedHashSet<>();
        for (String name : names) {
            String key = NameKey.of(name);
            if (!key.isEmpty()) indexes.add(new IndexBytes(fields.blindIndex(SCOPE, PURPOSE, key)));
        }
        return indexes;
    }
}
