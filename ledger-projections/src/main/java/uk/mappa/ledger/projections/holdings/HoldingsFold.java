package uk.mappa.ledger.projections.holdings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.Marking;
import uk.mappa.ledger.core.share.OnwardDisclosureRecorded;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareRemarked;
import uk.mappa.ledger.core.share.ShareWithdrawn;

/**
 * How share events change who holds what. The live projection and the point-in-time reconstruction
 * both use it, over a table and over a map, so they cannot disagree.
 */
final class HoldingsFold {

    private HoldingsFold() {
    }

    /**
     * The copies an event creates or changes.
     *
     * @param lookup finds the current copy of a share held by a body, or null when it is not tracked
     */
    static List<Holding> apply(ShareEvent event, BiFunction<String, String, Holding> lookup) {
        String shareId = event.shareId().toString();
        if (event instanceof ShareRecorded recorded) {
            List<Holding> created = new ArrayList<>();
            created.add(newHolding(recorded, recorded.provider(), "PROVIDER"));
            recorded.recipients().forEach(recipient -> created.add(newHolding(recorded, recipient, "RECIPIENT")));
            return created;
        }
        if (event instanceof ShareAcknowledged acknowledged) {
            return change(shareId, List.of(acknowledged.recipient()), lookup,
                    holding -> holding.acknowledged(acknowledged.acknowledgedAt()));
        }
        if (event instanceof ShareRemarked remarked) {
            Marking marking = new Marking(remarked.marking(), remarked.legacyMarking());
            return change(shareId, remarked.bodiesInvolved(), lookup,
                    holding -> holding.remarked(marking.label(), marking.restrictsTitle()));
        }
        if (event instanceof ShareCorrected corrected) {
            return change(shareId, corrected.bodiesInvolved(), lookup,
                    holding -> holding.corrected(corrected.title(), corrected.sharedAt(), corrected.retainUntil(),
                            corrected.content() == null ? null : corrected.content().sha256()));
        }
        if (event instanceof ShareWithdrawn withdrawn) {
            // Every holder but the provider is asked to destroy its copy: recipients and third parties alike.
            return change(shareId, withdrawn.bodiesInvolved().subList(1, withdrawn.bodiesInvolved().size()), lookup,
                    holding -> holding.withdrawn(withdrawn.withdrawnAt()));
        }
        if (event instanceof CopyDestroyed destroyed) {
            return change(shareId, List.of(destroyed.holder()), lookup,
                    holding -> holding.destroyed(destroyed.destroyedAt()));
        }
        if (event instanceof OnwardDisclosureRecorded disclosed && disclosed.thirdPartyBodyId() != null) {
            Holding source = lookup.apply(shareId, disclosed.discloser().value());
            return source == null ? List.of() : List.of(source.disclosedTo(disclosed.thirdPartyBodyId().value(),
                    disclosed.disclosedAt()));
        }
        // A refused disclosure, or one to a third party outside the register, changes no body's holdings.
        return List.of();
    }

    private static List<Holding> change(String shareId, List<BodyId> holders, BiFunction<String, String, Holding> lookup,
                                        UnaryOperator<Holding> change) {
        List<Holding> changed = new ArrayList<>();
        for (BodyId holder : holders) {
            Holding current = lookup.apply(shareId, holder.value());
            if (current != null) {
                changed.add(change.apply(current));
            }
        }
        return changed;
    }

    private static Holding newHolding(ShareRecorded event, BodyId holder, String role) {
        return new Holding(event.shareId().toString(), holder.value(), role, event.category().name(), event.title(),
                event.markings().restrictsTitle(), event.provider().value(), event.agreementId().toString(),
                event.markings().label(), event.sharedAt(), event.retainUntil(), null, null, null,
                event.content() == null ? null : event.content().sha256());
    }
}
