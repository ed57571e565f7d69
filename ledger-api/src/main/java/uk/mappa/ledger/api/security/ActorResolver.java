package uk.mappa.ledger.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;

/**
 * Turns whoever Spring Security authenticated (a demo user, or a bearer token's claims) into the
 * {@link Actor} that commands and access rules work with.
 */
@Component
public class ActorResolver {

    private final SecurityProperties.Jwt claims;

    ActorResolver(SecurityProperties properties) {
        this.claims = properties.jwt();
    }

    /** The actor of the current request, if someone is authenticated. */
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof DemoUsers.ActorUserDetails demo) {
            return Optional.of(demo.actor());
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(fromToken(jwt));
        }
        return Optional.empty();
    }

    Actor fromToken(Jwt jwt) {
        String username = Optional.ofNullable(jwt.getClaimAsString(claims.usernameClaim())).orElse(jwt.getSubject());
        return new Actor(username, parse(jwt.getClaimAsString(claims.bodyClaim()), BodyId::isWellFormed, BodyId::new),
                roles(jwt.getClaim(claims.rolesClaim())),
                parse(jwt.getClaimAsString(claims.areaClaim()), BodyId::isWellFormed, MappaArea::new));
    }

    private static <T> T parse(String value, java.util.function.Predicate<String> wellFormed,
                               java.util.function.Function<String, T> constructor) {
        return value != null && wellFormed.test(value) ? constructor.apply(value) : null;
    }

    /**
     * Roles from a list claim or a space-separated one. Roles the ledger does not know grant nothing, and
     * no token can make its bearer the ledger itself.
     */
    static Set<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? java.util.Arrays.asList(text.trim().split("\\s+")) : java.util.List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            for (Role role : Role.values()) {
                if (role != Role.LEDGER_SYSTEM && role.name().equals(String.valueOf(value))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
