package uk.mappa.ledger.api.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.audit.AuditEntryView;
import uk.mappa.ledger.projections.audit.AuditPage;
import uk.mappa.ledger.projections.audit.AuditScope;
import uk.mappa.ledger.projections.holdings.HoldingView;
import uk.mappa.ledger.projections.holdings.HoldingsPage;
import uk.mappa.ledger.projections.register.BodyView;
import uk.mappa.ledger.projections.register.ListBodies;
import uk.mappa.ledger.projections.share.ShareView;

/**
 * Applies {@link AccessRules} to what the projections return, looking up the MAPPA areas of the bodies
 * involved in the register.
 */
@Component
public class ReadAccess {

    private final Queries queries;

    ReadAccess(Queries queries) {
        this.queries = queries;
    }

    /**
     * The share as this actor may see it. Someone who may not read it is told it does not exist: its
     * existence is itself information. The title of SECRET material is withheld from most readers.
     */
    public ShareView requireMayRead(Actor actor, ShareView share) {
        List<BodyId> parties = share.parties().stream().map(BodyId::new).toList();
        Collection<MappaArea> areas = areasOf(actor, parties);
        if (!AccessRules.mayReadConcerning(actor, parties, areas)) {
            throw shareNotFound(share.id());
        }
        return AccessRules.maySeeTitle(actor, share.restrictedMarking(), new BodyId(share.providerBodyId()), areas)
                ? share
                : share.withTitleWithheld();
    }

    /**
     * A case or notice about these bodies as this actor may see it: for people of the bodies, IG leads of
     * their areas and auditors; to anyone else it does not exist, whether it does or not.
     */
    public void requireMayReadConcerning(Actor actor, Collection<BodyId> parties, RuleViolation notFound) {
        if (!AccessRules.mayReadConcerning(actor, parties, areasOf(actor, parties))) {
            throw notFound;
        }
    }

    /**
     * A record named by a UUID in a URL, as this actor may see it: one whose id is not even a UUID, that does not
     * exist or that the actor may not read (see {@link #requireMayReadConcerning}) is the same {@code notFound}.
     *
     * @param parties the ids of the bodies the record concerns
     */
    public <T> T requireVisible(Actor actor, String id, Function<String, Optional<T>> find,
                                Function<T, List<String>> parties, RuleViolation notFound) {
        uuidOf(id, notFound);
        T found = find.apply(id).orElseThrow(() -> notFound);
        requireMayReadConcerning(actor, parties.apply(found).stream().map(BodyId::new).toList(), notFound);
        return found;
    }

    /** The UUID a URL names; one that is not a UUID names nothing that exists. */
    public static UUID uuidOf(String id, RuleViolation notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw notFound;
        }
    }

    /**
     * A CSODS case (or a person's data held for one) of this force; to anyone who may not see it, it does not
     * exist.
     */
    public void requireMayReadCsodsCase(Actor actor, BodyId force, RuleViolation notFound) {
        if (!mayReadCsodsCase(actor, force)) {
            throw notFound;
        }
    }

    public boolean mayReadCsodsCase(Actor actor, BodyId force) {
        return AccessRules.mayReadCsodsCase(actor, force,
                AccessRules.areasBearOn(actor) ? areaOf(register(), force) : null);
    }

    /**
     * The forces whose CSODS cases this actor sees: null for all (auditors), the area's forces for its IG lead,
     * the officer's own force, and none for anyone else.
     */
    public Set<BodyId> csodsForcesVisibleTo(Actor actor) {
        if (actor.hasRole(Role.AUDITOR)) {
            return null;
        }
        Map<String, BodyView> register = register();
        return Stream.concat(register.keySet().stream().map(BodyId::new), Stream.ofNullable(actor.body()))
                .filter(force -> AccessRules.mayReadCsodsCase(actor, force, areaOf(register, force)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static MappaArea areaOf(Map<String, BodyView> register, BodyId body) {
        BodyView registered = register.get(body.value());
        return registered == null ? null : new MappaArea(registered.mappaArea());
    }

    /** Holdings as this actor may see them: titles of SECRET material withheld unless the rules allow. */
    public HoldingsPage present(Actor actor, HoldingsPage holdings) {
        return holdings.map(titlesFor(actor)::present);
    }

    /**
     * Who sees which titles, for one reader: decided as each item is read, from the marking the share has
     * now (kept current on every view), with the register looked up once for a whole page or export, and only
     * for a reader whose access the parties' areas bear on.
     */
    public Titles titlesFor(Actor actor) {
        return new Titles(actor, AccessRules.areasBearOn(actor) ? register() : Map.of());
    }

    /** The title rule of {@link AccessRules#maySeeTitle} over one snapshot of the register. */
    public static final class Titles {

        private final Actor actor;
        private final Map<String, BodyView> register;

        private Titles(Actor actor, Map<String, BodyView> register) {
            this.actor = actor;
            this.register = register;
        }

        public HoldingView present(HoldingView holding) {
            return maySee(holding.restrictedMarking(), holding.providerBodyId(),
                    List.of(holding.bodyId(), holding.providerBodyId())) ? holding : holding.withTitleWithheld();
        }

        public AuditEntryView present(AuditEntryView entry) {
            // Share events name the provider first.
            return entry.title() == null || entry.bodies().isEmpty()
                    || maySee(entry.restrictedMarking(), entry.bodies().get(0), entry.bodies())
                    ? entry : entry.withTitleWithheld();
        }

        public AuditPage present(AuditPage page) {
            return page.map(this::present);
        }

        private boolean maySee(boolean restricted, String provider, Collection<String> parties) {
            Collection<MappaArea> areas = parties.stream().map(register::get).filter(java.util.Objects::nonNull)
                    .map(body -> new MappaArea(body.mappaArea())).collect(Collectors.toSet());
            return AccessRules.maySeeTitle(actor, restricted, new BodyId(provider), areas);
        }
    }

    /**
     * Figures a body shares within its MAPPA area: readable by people of any body in that area, its IG lead
     * and auditors.
     */
    public BodyId requireBodyInReadersArea(Actor actor, String bodyId) {
        Map<String, BodyView> register = register();
        BodyView body = BodyId.isWellFormed(bodyId) ? register.get(bodyId) : null;
        if (body == null) {
            throw RuleViolation.notFound("body-not-found", "There is no body '" + bodyId + "' in the register.");
        }
        boolean sameArea = actor.body() != null && register.containsKey(actor.body().value())
                && register.get(actor.body().value()).mappaArea().equals(body.mappaArea());
        if (!actor.hasRole(Role.AUDITOR) && !sameArea
                && !actor.leadsGovernanceForAnyOf(List.of(new MappaArea(body.mappaArea())))) {
            throw RuleViolation.forbidden("outside-area", "These figures are shared within the MAPPA area of "
                    + bodyId + " only.");
        }
        return new BodyId(bodyId);
    }

    /**
     * The bodies whose contacts this actor sees ({@link AccessRules#mayReadContactsOf}): those of their MAPPA
     * area; null for all (auditors). Someone whose role reaches no area is refused.
     */
    public Set<BodyId> bodiesOfReadersArea(Actor actor) {
        if (actor.hasRole(Role.AUDITOR)) {
            return null;
        }
        Map<String, BodyView> register = register();
        MappaArea ownArea = actor.body() == null ? null : areaOf(register, actor.body());
        Set<BodyId> bodies = register.values().stream()
                .filter(body -> AccessRules.mayReadContactsOf(actor, new MappaArea(body.mappaArea()), ownArea))
                .map(body -> new BodyId(body.id())).collect(Collectors.toUnmodifiableSet());
        if (bodies.isEmpty()) {
            throw RuleViolation.forbidden("no-area", "Your role gives no access to the contacts of any MAPPA area.");
        }
        return bodies;
    }

    /** Export, verification, replay and reconstruction of the past are for auditors. */
    public static void requireAuditor(Actor actor) {
        if (!AccessRules.mayAuditTheLedger(actor)) {
            throw RuleViolation.forbidden("auditor-only", "Only auditors can do this.");
        }
    }

    /** A share id from a URL; one that is not even an id is a share nobody can see. */
    public static uk.mappa.ledger.core.share.ShareId shareId(String id) {
        try {
            return uk.mappa.ledger.core.share.ShareId.parse(id);
        } catch (IllegalArgumentException notAUuid) {
            throw shareNotFound(id);
        }
    }

    public static RuleViolation shareNotFound(String id) {
        return RuleViolation.notFound("share-not-found", "There is no share " + id + " that you can see.");
    }

    /** The register is public within the ledger, so asking about another body's holdings is a plain 403. */
    public void requireMayReadHoldingsOf(Actor actor, BodyId body) {
        BodyView registered = register().get(body.value());
        if (registered == null) {
            throw RuleViolation.notFound("body-not-found", "There is no body '" + body + "' in the register.");
        }
        if (!AccessRules.mayReadHoldingsOf(actor, body, new MappaArea(registered.mappaArea()))) {
            throw RuleViolation.forbidden("holdings-not-visible", "Only people of " + body
                    + ", the information governance lead of its area and auditors can see what it holds.");
        }
    }

    /** The bodies whose overdue acknowledgements this actor sees: null for all (auditors). */
    public Set<BodyId> bodiesVisibleTo(Actor actor) {
        AuditScope scope = auditScopeOf(actor);
        return scope.unrestricted() ? null : scope.bodies();
    }

    /** Auditors see the whole trail, an IG lead their area's bodies, anyone else their own body's entries. */
    public AuditScope auditScopeOf(Actor actor) {
        if (!AccessRules.mayReadAuditTrail(actor)) {
            throw RuleViolation.forbidden("audit-not-visible", "Your role gives no access to the audit trail.");
        }
        if (actor.hasRole(Role.AUDITOR)) {
            return AuditScope.all();
        }
        if (actor.hasRole(Role.IG_LEAD) && actor.area() != null) {
            Set<BodyId> area = register().values().stream()
                    .filter(body -> body.mappaArea().equals(actor.area().value()))
                    .map(body -> new BodyId(body.id()))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            if (actor.body() != null) {
                area.add(actor.body());
            }
            return AuditScope.onlyConcerning(area);
        }
        return AuditScope.onlyConcerning(Set.of(actor.body()));
    }

    /** The areas of these bodies, where they bear on what the actor may read ({@link AccessRules#areasBearOn}). */
    private Collection<MappaArea> areasOf(Actor actor, Collection<BodyId> bodies) {
        if (!AccessRules.areasBearOn(actor)) {
            return List.of();
        }
        Map<String, BodyView> register = register();
        return bodies.stream()
                .map(body -> register.get(body.value()))
                .filter(java.util.Objects::nonNull)
                .map(body -> new MappaArea(body.mappaArea()))
                .collect(Collectors.toSet());
    }

    private Map<String, BodyView> register() {
        return queries.ask(new ListBodies()).stream().collect(Collectors.toMap(BodyView::id, Function.identity()));
    }
}
