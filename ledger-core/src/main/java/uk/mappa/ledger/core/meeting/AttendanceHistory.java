package uk.mappa.ledger.core.meeting;

import uk.mappa.ledger.core.body.BodyId;

/** How many MAPPA meetings an agency has missed without explanation before now. */
@FunctionalInterface
public interface AttendanceHistory {

    int unexplainedAbsences(BodyId agency);
}
