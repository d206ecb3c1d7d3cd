package org.tirek.audit;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who did it: a staff account (id and username), the system itself (a scheduled job, the command
 * line), or an anonymous member of the public (intake). Never an IP address or a user agent.
 */
public record Actor(Kind kind, @Nullable UUID id, String name) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,100}");

    public enum Kind {
        USER,
        SYSTEM,
        ANONYMOUS
    }

    /** @throws IllegalArgumentException when a user has no id or the name has an unexpected shape */
    public Actor {
        if (kind == Kind.USER && id == null) throw new IllegalArgumentException("A user actor needs an id");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("An actor's name is a username");
    }

    public static Actor user(UUID id, String username) {
        return new Actor(Kind.USER, id, username);
    }

    /** The system, naming the part that acted, e.g. {@code cli} or {@code scheduler}. */
    public static Actor system(String part) {
        return new Actor(Kind.SYSTEM, null, part);
    }

    public static Actor anonymous() {
        return new Actor(Kind.ANONYMOUS, null, "anonymous");
    }
}
