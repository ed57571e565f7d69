package uk.mappa.ledger.core.share;

import uk.mappa.ledger.core.LedgerEvent;

/** Everything that can happen to a recorded share. */
public sealed interface ShareEvent extends LedgerEvent
        permits ShareRecorded, ShareAcknowledged, ShareRemarked, ShareCorrected, ShareWithdrawn, CopyDestroyed,
        OnwardDisclosureRecorded, OnwardDisclosureRefused {

    ShareId shareId();
}
