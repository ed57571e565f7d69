package uk.mappa.ledger.projections.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested;
import uk.mappa.ledger.core.minutes.MinutesRequestId;
import uk.mappa.ledger.core.minutes.Requester;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareLink;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.projections.minutes.MinutesQueries.FindMinutesRequest;
import uk.mappa.ledger.projections.minutes.MinutesQueries.FindMinutesRequests;

/** The chairs' lists of minutes requests, their decisions and the shares that disclosed the agreed summaries. */
@DataJpaTest
class MinutesProjectionTest {

    static final BodyId SMB = new BodyId("west-yorkshire-smb");
    static final BodyId POLICE = new BodyId("west-yorkshire-police");
    static final BodyId LEEDS = new BodyId("leeds-council");
    static final ContentDigest SUMMARY = new ContentDigest("e".repeat(64));
    static final Instant AT = Instant.parse("2026-06-15T10:00:00Z");

    @Autowired
    MinutesRequestRepository requestRepository;
    @Autowired
    MinutesDisclosureRepository disclosureRepository;
    MinutesProjection minutes;

    @BeforeEach
    void setUp() {
        minutes = new MinutesProjection(requestRepository, disclosureRepository);
    }

    static MinutesRequested requested(MinutesRequestId id, Requester requester, BodyId body, String receivedOn) {
        return new MinutesRequested(id, SMB, POLICE, LocalDate.parse("2026-05-20"), 3, requester, body, "Conference",
                LocalDate.parse(receivedOn), "coord");
    }

    static ShareRecorded summaryShared(ShareId share, ShareLink link, Category category) {
        return new ShareRecorded(share, AgreementId.named("wy"), category, "Executive summary", POLICE, List.of(LEEDS),
                LawfulBasis.CJA_2003_S325, "Disclosure", ProtectiveMarking.official(), null, SUMMARY, AT,
                AT.plusSeconds(86_400), "manager", null, link);
    }

    @Test
    void requestsAreListedForTheBodiesTheyConcernWithTheDecisionAndTheDisclosingShares() {
        MinutesRequestId leeds = MinutesRequestId.random();
        MinutesRequestId offender = MinutesRequestId.random();
        ShareId share = ShareId.random();
        minutes.on(summaryShared(share, ShareLink.minutesRequest(leeds.value()), Category.MINUTES));
        minutes.on(summaryShared(ShareId.random(), null, Category.MINUTES));
        minutes.on(summaryShared(ShareId.random(), ShareLink.caseReview(leeds.value()), Category.SCR_LEARNING));
        minutes.on(requested(leeds, Requester.AGENCY_NOT_ATTENDING, LEEDS, "2026-06-01"));
        minutes.on(requested(offender, Requester.OFFENDER, null, "2026-06-10"));
        minutes.on(new MinutesRequestDecided(leeds, SMB, POLICE, LEEDS, true, "Needed", SUMMARY, "chair"), AT);
        minutes.on(new MinutesRequestDecided(MinutesRequestId.random(), SMB, POLICE, null, false, "No", null, "chair"), AT);

        MinutesRequestView decided = minutes.handle(new FindMinutesRequest(leeds.toString())).orElseThrow();
        assertThat(decided.status()).isEqualTo(MinutesRequestView.DISCLOSURE_AGREED);
        assertThat(decided.executiveSummarySha256()).isEqualTo(SUMMARY.sha256());
        assertThat(decided.decidedAt()).isEqualTo(AT);
        assertThat(decided.disclosedInShares()).containsExactly(share.toString());
        assertThat(decided.parties()).containsExactly("west-yorkshire-smb", "west-yorkshire-police", "leeds-council");
        MinutesRequestView pending = minutes.handle(new FindMinutesRequest(offender.toString())).orElseThrow();
        assertThat(pending.status()).isEqualTo(MinutesRequestView.AWAITING_DECISION);
        assertThat(pending.parties()).containsExactly("west-yorkshire-smb", "west-yorkshire-police");

        assertThat(minutes.handle(new FindMinutesRequests(null, false, 100, null)).items()).extracting(MinutesRequestView::id)
                .containsExactly(offender.toString(), leeds.toString());
        assertThat(minutes.handle(new FindMinutesRequests(null, true, 100, null)).items()).extracting(MinutesRequestView::id)
                .containsExactly(offender.toString());
        assertThat(minutes.handle(new FindMinutesRequests(Set.of(LEEDS), false, 100, null)).items()).extracting(MinutesRequestView::id)
                .containsExactly(leeds.toString());
        assertThat(minutes.handle(new FindMinutesRequests(Set.of(POLICE), false, 100, null)).items()).hasSize(2);
        assertThat(minutes.handle(new FindMinutesRequests(Set.of(new BodyId("bradford-council")), false, 100, null))
                .items()).isEmpty();

        MinutesRequestPage first = minutes.handle(new FindMinutesRequests(null, false, 1, null));
        assertThat(first.items()).extracting(MinutesRequestView::id).containsExactly(offender.toString());
        assertThat(minutes.handle(new FindMinutesRequests(null, false, 1, MinutesRequestPage.after(first.next())
                .orElseThrow())).items()).extracting(MinutesRequestView::id).containsExactly(leeds.toString());
        assertThat(MinutesRequestPage.after(first.next().substring(1))).isEmpty();

        minutes.reset();
        assertThat(minutes.handle(new FindMinutesRequests(null, false, 100, null)).items()).isEmpty();
        assertThat(disclosureRepository.count()).isZero();
    }
}
