package uk.mappa.ledger.core.share;

import java.util.ArrayList;
import java.util.List;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that can happen to a recorded share. */
public sealed interface ShareEvent extends LedgerEvent
        permits ShareRecorded, ShareAcknowledged, ShareRemarked, ShareCorrected, ShareWithdrawn, CopyDestroyed,
        OnwardDisclosureRecorded, OnwardDisclosureRefused, ReportConsidered {

    ShareId shareId();

    /** The provider first, then the recipients: the bodies most share events concern. */
    static List<BodyId> parties(BodyId provider, List<BodyId> recipients) {
        return parties(provider, recipients, List.of());
    }

    /** The provider first, then the recipients, then third parties that hold a copy through onward disclosure. */
    static List<BodyId> parties(BodyId provider, List<BodyId> recipients, List<BodyId> onwardHolders) {
        List<BodyId> bodies = new ArrayList<>(recipients.size() + onwardHolders.size() + 1);
        bodies.add(provider);
        bodies.addAll(recipients);
        onwardHolders.stream().filter(holder -> !bodies.contains(holder)).forEach(bodies::add);
        return List.copyOf(bodies);
    }
}
