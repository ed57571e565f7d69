package uk.mappa.ledger.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
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
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Whether the caller holds at least one of the ledger's roles: a token that only names a body, or carries
     * roles the ledger does not know, opens nothing.
     */
    boolean holdsALedgerRole(Authentication authentication) {
        return from(authentication).map(actor -> !actor.roles().isEmpty()).orElse(false);
    }

    Optional<Actor> from(Authentication authentication) {
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
        if (principal instanceof OidcUser person) {
            return Optional.of(fromClaims(person.getIdToken().getIssuer(), person.getSubject(), person::getClaim));
        }
        return Optional.empty();
    }

    /**
     * The user is who the issuer says by its subject ({@code sub}), qualified by the issuer: names can change
     * and be reused, subjects cannot. The display name is kept beside it for people to read.
     */
    Actor fromToken(Jwt jwt) {
        return fromClaims(jwt.getIssuer(), jwt.getSubject(), jwt::getClaim);
    }

    /** The same for a person signed in to the console, from their ID token (and user info) at the same issuer. */
    private Actor fromClaims(java.net.URL issuer, String subject, java.util.function.Function<String, Object> claim) {
        return new Actor((issuer == null ? "" : issuer.toString()) + "#" + subject, text(claim.apply(claims.usernameClaim())),
                parse(text(claim.apply(claims.bodyClaim())), BodyId::isWellFormed, BodyId::new),
                roles(claim.apply(claims.rolesClaim())),
                parse(text(claim.apply(claims.areaClaim())), BodyId::isWellFormed, MappaArea::new));
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
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
