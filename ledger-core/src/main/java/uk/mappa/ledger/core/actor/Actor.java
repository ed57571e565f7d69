package uk.mappa.ledger.core.actor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;

/**
 * The authenticated person a command or query is made for.
 *
 * @param userId      who they are, stably: for a bearer token its issuer and subject ({@code sub}), never a name
 *                    that can change or be reused
 * @param displayName how people read them in the audit trail (the token's {@code preferred_username}); may
 *                    change, so never used to decide anything
 * @param body     the body they act for, or {@code null} for area-wide and ledger-wide roles
 * @param roles    what they may do
 * @param area     the MAPPA area they are responsible for, or {@code null}
 */
public record Actor(String userId, String displayName, BodyId body, Set<Role> roles, MappaArea area) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("An actor needs a user id");
        }
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An actor whose identifier is also how people read them (demo users, the ledger itself, tests). */
    public Actor(String userId, BodyId body, Set<Role> roles, MappaArea area) {
        this(userId, userId, body, roles, area);
    }

    /** The ledger acting on its own behalf. */
    public static Actor system() {
        return new Actor(uk.mappa.ledger.core.LedgerMetaData.SYSTEM_USER, null, Set.of(Role.LEDGER_SYSTEM), null);
    }

    public boolean isSystem() {
        return hasRole(Role.LEDGER_SYSTEM);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** True when this actor holds {@code role} for exactly {@code bodyId}. */
    public boolean actsFor(BodyId bodyId, Role role) {
        return hasRole(role) && Objects.equals(body, bodyId);
    }

    /** True when this actor is an IG lead for one of the given areas. */
    public boolean leadsGovernanceForAnyOf(Collection<MappaArea> areas) {
        return hasRole(Role.IG_LEAD) && area != null && areas.contains(area);
    }
}
