package uk.mappa.ledger.core.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * An agreement's terms and history as its events leave them. Immutable: {@link #evolve} returns the
 * next state, so the aggregate, the register that share commands consult, and point-in-time
 * reconstruction all fold events the same way.
 */
public record AgreementTerms(AgreementId id, AgreementKind kind, String title, List<BodyId> parties,
                             Set<Category> categories, List<LawfulBasis> lawfulBases, LocalDate effectiveFrom,
                             LocalDate reviewDue, Period retention, List<Acceptance> acceptances,
                             AgreementStatus status, List<ActivePeriod> activePeriods,
                             Boolean caseInformationNeedsArrangement, List<Amendment> amendments) {

    /** Dates in agreements are dates in England and Wales. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** The date in England and Wales at an instant: the day every dated rule of the ledger counts in. */
    public static LocalDate dayOf(java.time.Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public AgreementTerms {
        parties = List.copyOf(parties);
        categories = Set.copyOf(categories);
        lawfulBases = List.copyOf(lawfulBases);
        acceptances = List.copyOf(acceptances);
        activePeriods = List.copyOf(activePeriods);
        // Terms stored before agreements were amended have no version record and need no arrangements.
        caseInformationNeedsArrangement = Boolean.TRUE.equals(caseInformationNeedsArrangement);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** The version in force: 1 as drafted, one more with each amendment. */
    public int version() {
        return amendments.size() + 1;
    }

    /** The terms after one more event; {@code current} is null before the agreement was drafted. */
    public static AgreementTerms evolve(AgreementTerms current, AgreementEvent event) {
        // Java 17 has no pattern matching for switch; the sealed interface keeps this list complete.
        if (event instanceof AgreementDrafted drafted) {
            return new AgreementTerms(drafted.agreementId(), drafted.kind(), drafted.title(), drafted.parties(),
                    Set.copyOf(drafted.categories()), drafted.lawfulBases(), drafted.effectiveFrom(),
                    drafted.reviewDue(), drafted.retention(), List.of(), AgreementStatus.DRAFT, List.of(),
                    drafted.caseInformationNeedsArrangement(), List.of());
        }
        if (event instanceof AgreementAmended amended) {
            return new AgreementTerms(current.id, current.kind, current.title, current.parties,
                    Set.copyOf(amended.categories()), amended.lawfulBases(), current.effectiveFrom, amended.reviewDue(),
                    current.retention, current.acceptances, current.status, current.activePeriods,
                    amended.caseInformationNeedsArrangement(), append(current.amendments, new Amendment(amended.version(),
                            amended.changes(), amended.authorisedBy(), amended.amendedOn())));
        }
        if (event instanceof AgreementAccepted accepted) {
            return current.with(append(current.acceptances, new Acceptance(accepted.party(), accepted.signatoryRole(),
                    accepted.acceptedOn())), current.status, current.activePeriods, current.reviewDue);
        }
        if (event instanceof AgreementActivated activated) {
            return current.with(current.acceptances, AgreementStatus.ACTIVE,
                    append(current.activePeriods, new ActivePeriod(activated.activeFrom(), null)), current.reviewDue);
        }
        if (event instanceof AgreementReviewed reviewed) {
            return current.with(current.acceptances, current.status, current.activePeriods, reviewed.nextReviewDue());
        }
        if (event instanceof AgreementSuspended suspended) {
            return current.with(current.acceptances, AgreementStatus.SUSPENDED,
                    endOpenPeriod(current.activePeriods, suspended.effectiveAt()), current.reviewDue);
        }
        if (event instanceof AgreementReinstated reinstated) {
            return current.with(current.acceptances, AgreementStatus.ACTIVE,
                    append(current.activePeriods, new ActivePeriod(reinstated.effectiveAt(), null)), current.reviewDue);
        }
        AgreementTerminated terminated = (AgreementTerminated) event;
        return current.with(current.acceptances, AgreementStatus.TERMINATED,
                endOpenPeriod(current.activePeriods, terminated.effectiveAt()), current.reviewDue);
    }

    private AgreementTerms with(List<Acceptance> acceptances, AgreementStatus status,
                                List<ActivePeriod> periods, LocalDate reviewDue) {
        return new AgreementTerms(id, kind, title, parties, categories, lawfulBases, effectiveFrom, reviewDue,
                retention, acceptances, status, periods, caseInformationNeedsArrangement, amendments);
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> more = new ArrayList<>(items);
        more.add(item);
        return more;
    }

    private static List<ActivePeriod> endOpenPeriod(List<ActivePeriod> periods, Instant end) {
        return periods.stream().map(period -> period.until() == null ? period.endingAt(end) : period).toList();
    }

    /** Whether the agreement was in force at that instant. */
    public boolean inForceAt(Instant instant) {
        return activePeriods.stream().anyMatch(period -> period.contains(instant));
    }

    public boolean names(BodyId body) {
        return parties.contains(body);
    }

    public boolean covers(Category category) {
        return categories.contains(category);
    }

    public boolean acceptedBy(BodyId party) {
        return acceptances.stream().anyMatch(acceptance -> acceptance.party().equals(party));
    }

    /** True once every party has accepted. */
    public boolean acceptedByAll() {
        return parties.stream().allMatch(this::acceptedBy);
    }

    /** When information shared at {@code sharedAt} under this agreement is due for destruction. */
    public Instant retainUntil(Instant sharedAt) {
        return sharedAt.atZone(ZONE).plus(retention).toInstant();
    }

    /** The start of the effective date, in England and Wales. */
    public Instant effectiveInstant() {
        return effectiveFrom.atStartOfDay(ZONE).toInstant();
    }
}
