package uk.mappa.ledger.projections.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;

/**
 * An agreement as the API shows it.
 *
 * @param retention     ISO-8601 period, e.g. {@code P3Y}, counted from each share's date
 * @param activePeriods when the agreement was in force; the last one open while it still is
 * @param reviewDue     null for a review "as required"
 * @param version       1 as drafted, one more with each amendment
 * @param amendments    the version record: what changed in each version and who authorised it
 * @param caseInformationNeedsHandlingArrangement whether case information is shared under it only under a
 *                      handling arrangement (HIPS protocol 6.2)
 * @param reviewFlaggedBy the legislative change that makes an agreement reviewed as required due for review, or
 *                      null
 */
public record AgreementView(String id, String kind, String title, String status, List<String> parties,
                            List<String> categories, List<String> lawfulBases, LocalDate effectiveFrom,
                            LocalDate reviewDue, String retention, List<Acceptance> acceptances,
                            List<Period> activePeriods, int version, List<Amendment> amendments,
                            boolean caseInformationNeedsHandlingArrangement,
                            LegislativeChangeView reviewFlaggedBy) {

    /** One line of the version record. */
    public record Amendment(int version, String changes, String authorisedBy, LocalDate amendedOn) {
    }

    /** A legislative or guidance change recorded in the ledger. */
    public record LegislativeChangeView(String changeId, String title, LocalDate effectiveOn) {
    }

    /** The same agreement, flagged for review because of a legislative change (null for none). */
    public AgreementView flaggedForReviewBy(LegislativeChangeView change) {
        return new AgreementView(id, kind, title, status, parties, categories, lawfulBases, effectiveFrom, reviewDue,
                retention, acceptances, activePeriods, version, amendments, caseInformationNeedsHandlingArrangement,
                change);
    }

    /** A party's acceptance: the role of who signed, and when. */
    public record Acceptance(String party, String signatoryRole, LocalDate acceptedOn) {
    }

    /** A stretch of time the agreement was in force; {@code until} null while it still is. */
    public record Period(Instant from, Instant until) {
    }

    public static AgreementView of(AgreementTerms terms) {
        return new AgreementView(terms.id().toString(), terms.kind().name(), terms.title(), terms.status().name(),
                terms.parties().stream().map(BodyId::value).toList(),
                terms.categories().stream().map(Enum::name).sorted().toList(),
                terms.lawfulBases().stream().map(Enum::name).toList(), terms.effectiveFrom(), terms.reviewDue(),
                terms.retention().toString(),
                terms.acceptances().stream()
                        .map(a -> new Acceptance(a.party().value(), a.signatoryRole(), a.acceptedOn())).toList(),
                terms.activePeriods().stream().map(p -> new Period(p.from(), p.until())).toList(), terms.version(),
                terms.amendments().stream().map(a -> new Amendment(a.version(), a.changes(), a.authorisedBy(),
                        a.amendedOn())).toList(), terms.caseInformationNeedsArrangement(), null);
    }
}
