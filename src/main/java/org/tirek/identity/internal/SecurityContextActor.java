package org.tirek.identity.internal;

import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.CurrentActor;
import org.tirek.identity.Actors;

/** The actor of the current thread's security context, for the audit module. */
@Component
class SecurityContextActor implements CurrentActor {

    @Override
    public Actor get() {
        return Actors.current("cli");
    }
}
