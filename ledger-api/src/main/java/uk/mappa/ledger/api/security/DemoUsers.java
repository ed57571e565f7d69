package uk.mappa.ledger.api.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;

/**
 * The demo users of the embedded default, all with the password {@code demo}. They exist so that the
 * ledger can be tried with curl straight after it starts; they never exist next to a real database.
 */
final class DemoUsers implements UserDetailsService {

    static final String PASSWORD = "demo";
    private static final MappaArea MERSEYSIDE = new MappaArea("merseyside");
    private static final MappaArea WEST_YORKSHIRE = new MappaArea("west-yorkshire");

    static final List<Actor> ACTORS = List.of(
            new Actor("manager.merseyside-smb", new BodyId("merseyside-smb"), Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE),
            new Actor("coordinator.merseyside-smb", new BodyId("merseyside-smb"), Set.of(Role.MAPPA_COORDINATOR), MERSEYSIDE),
            new Actor("manager.knowsley-lscb", new BodyId("knowsley-lscb"), Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE),
            new Actor("chair.knowsley-lscb", new BodyId("knowsley-lscb"), Set.of(Role.CHAIR), MERSEYSIDE),
            new Actor("coordinator.west-yorkshire-smb", new BodyId("west-yorkshire-smb"), Set.of(Role.MAPPA_COORDINATOR),
                    WEST_YORKSHIRE),
            new Actor("chair.west-yorkshire-police", new BodyId("west-yorkshire-police"), Set.of(Role.CHAIR),
                    WEST_YORKSHIRE),
            new Actor("manager.west-yorkshire-police", new BodyId("west-yorkshire-police"),
                    Set.of(Role.BUSINESS_MANAGER), WEST_YORKSHIRE),
            new Actor("manager.leeds-council", new BodyId("leeds-council"), Set.of(Role.BUSINESS_MANAGER),
                    WEST_YORKSHIRE),
            new Actor("ig.merseyside", null, Set.of(Role.IG_LEAD), MERSEYSIDE),
            new Actor("register.merseyside", null, Set.of(Role.REGISTER_ADMIN), MERSEYSIDE),
            new Actor("csods.merseyside-police", new BodyId("merseyside-police"), Set.of(Role.CSODS_OFFICER), MERSEYSIDE),
            new Actor("auditor", null, Set.of(Role.AUDITOR), null));

    private final Map<String, Actor> byUsername =
            ACTORS.stream().collect(Collectors.toUnmodifiableMap(Actor::userId, Function.identity()));

    @Override
    public UserDetails loadUserByUsername(String username) {
        Actor actor = byUsername.get(username);
        if (actor == null) {
            throw new UsernameNotFoundException("No demo user " + username);
        }
        return new ActorUserDetails(actor);
    }

    /** A demo user's login, carrying the actor it stands for. */
    static final class ActorUserDetails extends User {

        private final Actor actor;

        ActorUserDetails(Actor actor) {
            // The demo password is published in the README; hashing it would protect nothing.
            super(actor.userId(), "{noop}" + PASSWORD,
                    actor.roles().stream().map(role -> new org.springframework.security.core.authority
                            .SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.actor = actor;
        }

        Actor actor() {
            return actor;
        }
    }
}
