package uk.mappa.ledger.projections.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to disclose MAPPA minutes and the chair's decision.
 *
 * @param requesterBodyId        null for an offender or their representative
 * @param status                 {@value #AWAITING_DECISION}, {@value #DISCLOSURE_AGREED} or {@value #REFUSED}
 * @param executiveSummarySha256 the executive summary the chair agreed to disclose
 * @param disclosedInShares      the MINUTES shares that disclosed it
 */
public record MinutesRequestView(String id, String smbBodyId, String chairBodyId, LocalDate meetingOn,
                                 int meetingLevel, String requester, String requesterBodyId, String purpose,
                                 LocalDate receivedOn, String status, String reasons, String executiveSummarySha256,
                                 String decidedBy, Instant decidedAt, List<String> disclosedInShares) {

    public static final String AWAITING_DECISION = "AWAITING_DECISION";
    public static final String DISCLOSURE_AGREED = "DISCLOSURE_AGREED";
    public static final String REFUSED = "REFUSED";

    public MinutesRequestView {
        disclosedInShares = List.copyOf(disclosedInShares);
    }

    /** The bodies the request concerns. */
    public List<String> parties() {
        return java.util.stream.Stream.of(smbBodyId, chairBodyId, requesterBodyId).filter(java.util.Objects::nonNull)
                .distinct().toList();
    }
}
