package uk.mappa.ledger.core.actor;

import java.util.Collection;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;

/**
 * Who may read what. Information stays with the bodies that took part in it, the information
 * governance lead of their MAPPA area, and auditors.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * Whether the MAPPA areas of the bodies something concerns bear on what this actor may read of it: only for the
     * IG lead of an area. For anyone else {@link #mayReadConcerning}, {@link #maySeeTitle} and
     * {@link #mayReadCsodsCase} decide the same whatever the areas, and the register need not be consulted for them.
     */
    public static boolean areasBearOn(Actor actor) {
        return actor.hasRole(Role.IG_LEAD) && actor.area() != null;
    }

    /**
     * A share, SFO notification or meeting notice (and anything about it) is readable by people of the bodies
     * it concerns (a share's provider, recipients and third-party holders), IG leads of any of their areas,
     * and auditors.
     */
    public static boolean mayReadConcerning(Actor actor, Collection<BodyId> parties, Collection<MappaArea> areasOfParties) {
        return actor.hasRole(Role.AUDITOR)
                || actor.leadsGovernanceForAnyOf(areasOfParties)
                || (actor.body() != null && parties.contains(actor.body()));
    }

    /**
     * A CSODS case, and what a person received through one, holds personal data of a child, an applicant and
     * a subject: it is readable by the owning force's CSODS officers, the IG lead of the force's MAPPA area and
     * auditors, and by no one else of the force. {@code areaOfForce} may be null when not known.
     */
    public static boolean mayReadCsodsCase(Actor actor, BodyId force, MappaArea areaOfForce) {
        return actor.hasRole(Role.AUDITOR)
                || (areaOfForce != null && actor.leadsGovernanceForAnyOf(java.util.List.of(areaOfForce)))
                || actor.actsFor(force, Role.CSODS_OFFICER);
    }

    /** Whether {@link #mayReadCsodsCase} holds for some force: what the console offers the actor. */
    public static boolean mayReadAnyCsodsCases(Actor actor) {
        return actor.hasRole(Role.AUDITOR) || (actor.hasRole(Role.IG_LEAD) && actor.area() != null)
                || (actor.hasRole(Role.CSODS_OFFICER) && actor.body() != null);
    }

    /** The register of a MAPPA area is kept by its register administrators (and seeded by the ledger itself). */
    public static boolean mayAdministerRegisterOf(Actor actor, MappaArea area) {
        return actor.isSystem() || (actor.hasRole(Role.REGISTER_ADMIN) && area.equals(actor.area()));
    }

    /**
     * Who holds a body's posts (its contacts and nominees) is known across its MAPPA area, so that notices reach
     * them: readable by anyone with a role in that area (by area claim or by their own body's area) and by
     * auditors. {@code areaOfActorsBody} may be null.
     */
    public static boolean mayReadContactsOf(Actor actor, MappaArea areaOfPost, MappaArea areaOfActorsBody) {
        return actor.hasRole(Role.AUDITOR)
                || (!actor.roles().isEmpty()
                && (areaOfPost.equals(actor.area()) || areaOfPost.equals(areaOfActorsBody)));
    }

    /** What a body holds is readable by its own people, the IG lead of its area, and auditors. */
    public static boolean mayReadHoldingsOf(Actor actor, BodyId body, MappaArea areaOfBody) {
        return actor.hasRole(Role.AUDITOR)
                || actor.leadsGovernanceForAnyOf(java.util.List.of(areaOfBody))
                || body.equals(actor.body());
    }

    /** Whether {@link #mayReadHoldingsOf} holds for at least one body: what the console offers the actor. */
    public static boolean mayReadAnyHoldings(Actor actor) {
        return actor.hasRole(Role.AUDITOR) || (actor.hasRole(Role.IG_LEAD) && actor.area() != null)
                || actor.body() != null;
    }

    /**
     * The log itself (its check, its export) and the read models' rebuilding are for auditors, who read everything
     * and change nothing that was shared.
     */
    public static boolean mayAuditTheLedger(Actor actor) {
        return actor.hasRole(Role.AUDITOR);
    }

    /**
     * The oversight of an area (what is overdue, refused or escalated across its bodies) is for the IG lead of
     * that area, and for auditors across every area.
     */
    public static boolean mayOverseeArea(Actor actor) {
        return actor.hasRole(Role.AUDITOR) || (actor.hasRole(Role.IG_LEAD) && actor.area() != null);
    }

    /**
     * The audit trail is read whole by auditors, for their area's bodies by an IG lead, and for their own body by
     * anyone with a role in one; {@code ReadAccess} narrows each reader to that scope.
     */
    public static boolean mayReadAuditTrail(Actor actor) {
        return actor.hasRole(Role.AUDITOR) || (actor.hasRole(Role.IG_LEAD) && actor.area() != null)
                || (actor.body() != null && !actor.roles().isEmpty());
    }

    /**
     * Whether the actor records shares at all (a business manager, or an SMB's MAPPA co-ordinator for its
     * strategic information), for their own body: what the console offers. Each share is still decided by the
     * share's own rules.
     */
    public static boolean mayRecordShares(Actor actor) {
        return actor.body() != null
                && (actor.hasRole(Role.BUSINESS_MANAGER) || actor.hasRole(Role.MAPPA_COORDINATOR));
    }

    /**
     * The title of SECRET and TOP SECRET material is shown to its provider, IG leads of the parties'
     * areas and auditors; recipients' business managers see the share only as metadata.
     */
    public static boolean maySeeTitle(Actor actor, boolean restrictedMarking, BodyId provider,
                                      Collection<MappaArea> areasOfParties) {
        return !restrictedMarking
                || actor.hasRole(Role.AUDITOR)
                || actor.leadsGovernanceForAnyOf(areasOfParties)
                || provider.equals(actor.body());
    }
}
