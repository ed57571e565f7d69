package uk.mappa.ledger.projections.csods;

/**
 * Anonymised CSODS figures for one quarter of applications (e.g. {@code 2026-Q1}), the kind an SMB
 * shares with its LSCBs: counts only, no case can be told from them.
 *
 * @param closedWithin45Days cases closed no later than 45 days after their application
 */
public record CsodsQuarter(String quarter, int applications, int decisionsToDisclose, int decisionsNotToDisclose,
                           int disclosuresMade, int closed, int closedWithin45Days, int deadlinesMissed) {
}
