package uk.mappa.ledger.projections.audit;

import java.util.Set;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Which part of the audit trail a reader may see: everything (auditors), or only entries concerning
 * one of a set of bodies (a body's own staff, the IG lead of an area).
 */
public record AuditScope(boolean unrestricted, Set<BodyId> bodies) {

    public AuditScope {
        bodies = Set.copyOf(bodies);
    }

    public static AuditScope all() {
        return new AuditScope(true, Set.of());
    }

    public static AuditScope onlyConcerning(Set<BodyId> bodies) {
        return new AuditScope(false, bodies);
    }
}
