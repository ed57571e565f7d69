package uk.mappa.ledger.projections.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareWithdrawn;
import uk.mappa.ledger.projections.Events;
import uk.mappa.ledger.projections.Page;

@DataJpaTest
class HoldingsProjectionTest {

    static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId SMB = new BodyId("merseyside-smb");

    @Autowired
    HoldingRepository repository;
    @Autowired
    ShareMonthRepository months;

    HoldingsProjection projection;

    @Autowired
    jakarta.persistence.EntityManager session;
    @Autowired
    javax.sql.DataSource database;

    /**
     * As a query is answered in its own transaction: from what the events' transaction stored (its monthly counts
     * are written just before it commits).
     */
    void committed() {
        org.springframework.transaction.support.TransactionSynchronizationUtils.triggerBeforeCommit(false);
        session.flush();
        session.clear();
    }

    /** Handles the event in a batch of its own, committed before the test reads. */
    void on(uk.mappa.ledger.core.share.ShareEvent event) {
        projection.on(event);
        committed();
    }

    @BeforeEach
    void setUp() {
        projection = new HoldingsProjection(repository, months, database);
    }

    @Test
    void sharesAreCountedInTheirProvidersMonthInEnglandAndAMovedShareDateMovesTheCount() {
        // 23:30 on 30 June UTC is already July in England (BST).
        Instant julyInEngland = Instant.parse("2026-06-30T23:30:00Z");
        ShareId moved = ShareId.random();
        on(Events.shareRecorded(moved, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), julyInEngland));
        on(Events.shareRecorded(ShareId.random(), Category.TRAINING, "merseyside-smb",
                List.of("knowsley-lscb"), ProtectiveMarking.official(), Instant.parse("2026-07-15T09:00:00Z")));
        on(Events.shareRecorded(ShareId.random(), Category.TRAINING, "wirral-lscb", List.of("merseyside-smb"),
                ProtectiveMarking.official(), Instant.parse("2026-05-15T09:00:00Z")));
        java.time.LocalDate may = java.time.LocalDate.parse("2026-05-01");
        java.time.LocalDate july = java.time.LocalDate.parse("2026-07-01");
        committed();

        assertThat(projection.handle(new CountSharesByMonth(null, may)))
                .containsExactlyInAnyOrder(new SharesInMonth("merseyside-smb", july, 2),
                        new SharesInMonth("wirral-lscb", may, 1));
        assertThat(projection.handle(new CountSharesByMonth(java.util.Set.of(SMB), java.time.LocalDate.parse("2026-07-20"))))
                .containsExactly(new SharesInMonth("merseyside-smb", july, 2));
        assertThat(projection.handle(new CountSharesByMonth(null, java.time.LocalDate.parse("2026-08-01")))).isEmpty();

        on(new uk.mappa.ledger.core.share.ShareCorrected(moved, SMB, List.of(KNOWSLEY), List.of(), null, null,
                null, null, Instant.parse("2026-05-20T09:00:00Z"), null, "Date was wrong", "m"));
        committed();
        assertThat(projection.handle(new CountSharesByMonth(java.util.Set.of(SMB), may)))
                .containsExactlyInAnyOrder(new SharesInMonth("merseyside-smb", july, 1),
                        new SharesInMonth("merseyside-smb", may, 1));

        projection.reset();
        assertThat(projection.handle(new CountSharesByMonth(null, may))).isEmpty();
    }

    @Test
    void theSharesOfADocumentAreFoundByItsDigestWithEveryBodyTheyWentToForTheBodiesAsked() {
        ShareId older = ShareId.random();
        ShareId newer = ShareId.random();
        on(Events.shareRecorded(older, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), MARCH));
        on(Events.shareRecorded(newer, Category.TRAINING, "wirral-lscb",
                List.of("merseyside-smb", "sefton-lscb"), ProtectiveMarking.official(), MARCH.plusSeconds(60)));
        uk.mappa.ledger.core.share.ContentDigest document = new uk.mappa.ledger.core.share.ContentDigest("ab".repeat(32));

        SharesOfContentPage all = projection.handle(new FindSharesOfContent(document, null, MARCH, 10, null));
        assertThat(all.items()).extracting(item -> item.provided().shareId())
                .containsExactly(newer.toString(), older.toString());
        assertThat(all.items().get(0).provided().providerBodyId()).isEqualTo("wirral-lscb");
        assertThat(all.items().get(0).recipientBodyIds()).containsExactly("merseyside-smb", "sefton-lscb");
        // Knowsley sees the share it received, not Wirral's; a page of one has the other next.
        assertThat(projection.handle(new FindSharesOfContent(document, java.util.Set.of(KNOWSLEY), MARCH, 10, null))
                .items()).extracting(item -> item.provided().shareId()).containsExactly(older.toString());
        SharesOfContentPage first = projection.handle(new FindSharesOfContent(document, null, MARCH, 1, null));
        assertThat(projection.handle(new FindSharesOfContent(document, null, MARCH, 1,
                SharesOfContentPage.after(first.next()).orElseThrow())).items())
                .extracting(item -> item.provided().shareId()).containsExactly(older.toString());
        assertThat(projection.handle(new FindSharesOfContent(new uk.mappa.ledger.core.share.ContentDigest(
                "cd".repeat(32)), null, MARCH, 10, null)).items()).isEmpty();
    }

    @Test
    void copiesPastTheirRetentionAreListedLongestOverdueFirst() {
        ShareId older = ShareId.random();
        ShareId newer = ShareId.random();
        on(Events.shareRecorded(newer, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), MARCH.plusSeconds(86400)));
        on(Events.shareRecorded(older, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), MARCH));
        Instant twoYearsOn = MARCH.plusSeconds(2 * 366 * 86400L);

        assertThat(projection.handle(new FindCopiesDueForDestruction(java.util.Set.of(KNOWSLEY), twoYearsOn, 10)))
                .extracting(HoldingView::shareId).containsExactly(older.toString(), newer.toString());
        assertThat(projection.handle(new FindCopiesDueForDestruction(null, twoYearsOn, 1)))
                .extracting(HoldingView::shareId).containsExactly(older.toString());
        assertThat(projection.handle(new FindCopiesDueForDestruction(null, MARCH, 10))).isEmpty();
        on(new CopyDestroyed(older, SMB, KNOWSLEY, DestructionReason.RETENTION_EXPIRED, twoYearsOn, "k"));
        assertThat(projection.handle(new FindCopiesDueForDestruction(java.util.Set.of(KNOWSLEY), twoYearsOn, 10)))
                .extracting(HoldingView::shareId).containsExactly(newer.toString());
    }

    List<HoldingView> holdingsOf(BodyId body, Instant now) {
        return projection.handle(new FindHoldings(body, now, Page.MAX_SIZE, null)).items();
    }

    @Test
    void theProviderAndEveryRecipientHoldTheShare() {
        ShareId id = ShareId.random();
        on(Events.shareRecorded(id, Category.ANNUAL_REPORT, "merseyside-smb",
                List.of("knowsley-lscb", "wirral-lscb"), ProtectiveMarking.officialSensitive(Descriptor.PERSONAL), MARCH));

        assertThat(holdingsOf(KNOWSLEY, MARCH))
                .singleElement()
                .satisfies(holding -> {
                    assertThat(holding.shareId()).isEqualTo(id.toString());
                    assertThat(holding.role()).isEqualTo("RECIPIENT");
                    assertThat(holding.providerBodyId()).isEqualTo("merseyside-smb");
                    assertThat(holding.marking()).isEqualTo("OFFICIAL-SENSITIVE PERSONAL");
                    assertThat(holding.status()).isEqualTo("HELD");
                    assertThat(holding.dueForDestruction()).isFalse();
                });
        assertThat(holdingsOf(SMB, MARCH)).extracting(HoldingView::role).containsExactly("PROVIDER");
        assertThat(holdingsOf(new BodyId("sefton-lscb"), MARCH)).isEmpty();
    }

    @Test
    void laterEventsInTheSameBatchChangeTheCopiesTheBatchRecorded() {
        ShareId id = ShareId.random();
        // One batch: recorded, acknowledged, re-dated into May and withdrawn before anything reaches the database.
        projection.on(Events.shareRecorded(id, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), MARCH));
        projection.on(new ShareAcknowledged(id, SMB, KNOWSLEY, MARCH.plusSeconds(60), "manager.knowsley-lscb"));
        projection.on(new uk.mappa.ledger.core.share.ShareCorrected(id, SMB, List.of(KNOWSLEY), List.of(), null, null,
                null, null, Instant.parse("2026-05-20T09:00:00Z"), null, "Date was wrong", "m"));
        projection.on(new ShareWithdrawn(id, SMB, List.of(KNOWSLEY), List.of(), "Sent in error",
                MARCH.plusSeconds(120), "m"));
        committed();

        HoldingView copy = holdingsOf(KNOWSLEY, MARCH.plusSeconds(180)).get(0);
        assertThat(copy.acknowledgedAt()).isEqualTo(MARCH.plusSeconds(60));
        assertThat(copy.status()).isEqualTo("DESTRUCTION_REQUESTED");
        assertThat(projection.handle(new CountSharesByMonth(java.util.Set.of(SMB), java.time.LocalDate.parse("2026-01-01"))))
                .containsExactly(new SharesInMonth("merseyside-smb", java.time.LocalDate.parse("2026-05-01"), 1));
    }

    @Test
    void aCopyIsDueForDestructionOnceItsRetentionHasPassed() {
        ShareId id = ShareId.random();
        on(Events.shareRecorded(id, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), MARCH));
        assertThat(holdingsOf(KNOWSLEY, MARCH.plusSeconds(364 * 86400L)).get(0).dueForDestruction()).isFalse();
        assertThat(holdingsOf(KNOWSLEY, MARCH.plusSeconds(366 * 86400L)).get(0).dueForDestruction()).isTrue();
    }

    @Test
    void withdrawalAsksForDestructionAndADestroyedCopyLeavesTheCurrentHoldings() {
        ShareId id = ShareId.random();
        on(Events.shareRecorded(id, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), MARCH));
        on(new ShareAcknowledged(id, SMB, KNOWSLEY, MARCH.plusSeconds(60), "manager.knowsley-lscb"));
        on(new ShareWithdrawn(id, SMB, List.of(KNOWSLEY), List.of(), "Sent in error", MARCH.plusSeconds(120), "m"));

        HoldingView requested = holdingsOf(KNOWSLEY, MARCH.plusSeconds(180)).get(0);
        assertThat(requested.status()).isEqualTo("DESTRUCTION_REQUESTED");
        assertThat(requested.dueForDestruction()).isTrue();
        assertThat(requested.acknowledgedAt()).isEqualTo(MARCH.plusSeconds(60));

        on(new CopyDestroyed(id, SMB, KNOWSLEY, DestructionReason.WITHDRAWN, MARCH.plusSeconds(240), "k"));
        assertThat(holdingsOf(KNOWSLEY, MARCH.plusSeconds(300))).isEmpty();
        assertThat(holdingsOf(SMB, MARCH.plusSeconds(300))).hasSize(1);
    }

    @Test
    void holdingsAreListedMostRecentFirstAndAResetEmptiesThem() {
        ShareId older = ShareId.random();
        ShareId newer = ShareId.random();
        on(Events.shareRecorded(older, Category.TRAINING, "merseyside-smb", List.of("wirral-lscb"),
                ProtectiveMarking.official(), Instant.parse("2026-01-01T00:00:00Z")));
        on(Events.shareRecorded(newer, Category.GUIDANCE, "merseyside-smb", List.of("wirral-lscb"),
                ProtectiveMarking.official(), Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(holdingsOf(new BodyId("wirral-lscb"), MARCH))
                .extracting(HoldingView::shareId).containsExactly(newer.toString(), older.toString());

        projection.reset();
        assertThat(holdingsOf(new BodyId("wirral-lscb"), MARCH)).isEmpty();
    }

    @Test
    void theOverdueListHoldsUnacknowledgedCopiesSharedBeforeTheCutOff() {
        ShareId id = ShareId.random();
        on(Events.shareRecorded(id, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb", "wirral-lscb"),
                ProtectiveMarking.official(), MARCH));
        on(new ShareAcknowledged(id, SMB, KNOWSLEY, MARCH.plusSeconds(60), "manager.knowsley-lscb"));

        assertThat(projection.handle(new FindOverdueAcknowledgements(MARCH.plusSeconds(1), null, MARCH, 10, null))
                .items()).extracting(HoldingView::bodyId).containsExactly("wirral-lscb");
        assertThat(projection.handle(new FindOverdueAcknowledgements(MARCH, null, MARCH, 10, null)).items()).isEmpty();
        assertThat(projection.handle(new FindOverdueAcknowledgements(MARCH.plusSeconds(1),
                java.util.Set.of(new BodyId("sefton-lscb")), MARCH, 10, null)).items()).isEmpty();
        assertThat(projection.handle(new FindOverdueAcknowledgements(MARCH.plusSeconds(1),
                java.util.Set.of(SMB), MARCH, 10, null)).items()).extracting(HoldingView::bodyId)
                .containsExactly("wirral-lscb");
    }

    @Test
    void aBodysHoldingsArePagedNewestFirstWithACursorThatNeitherRepeatsNorSkips() {
        List<String> shares = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ShareId id = ShareId.random();
            shares.add(id.toString());
            // Two shares at each instant: the share id breaks the tie.
            on(Events.shareRecorded(id, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                    ProtectiveMarking.official(), MARCH.plusSeconds(i / 2)));
        }
        List<String> seen = new java.util.ArrayList<>();
        HoldingCursor after = null;
        int pages = 0;
        do {
            HoldingsPage page = projection.handle(new FindHoldings(KNOWSLEY, MARCH, 3, after));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            page.items().forEach(view -> seen.add(view.shareId()));
            after = page.next() == null ? null : HoldingCursor.decode(page.next()).orElseThrow();
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(shares).doesNotHaveDuplicates();
        assertThat(seen).isEqualTo(holdingsOf(KNOWSLEY, MARCH).stream().map(HoldingView::shareId).toList());
        assertThat(projection.handle(new FindHoldings(KNOWSLEY, MARCH, 7, null)).next()).isNull();
    }

    @Test
    void overdueCopiesArePagedOldestFirst() {
        for (int i = 0; i < 5; i++) {
            on(Events.shareRecorded(ShareId.random(), Category.TRAINING, "merseyside-smb",
                    List.of("knowsley-lscb", "wirral-lscb"), ProtectiveMarking.official(), MARCH.plusSeconds(i)));
        }
        List<HoldingView> seen = new java.util.ArrayList<>();
        HoldingCursor after = null;
        do {
            HoldingsPage page = projection.handle(new FindOverdueAcknowledgements(MARCH.plusSeconds(60), null,
                    MARCH, 4, after));
            seen.addAll(page.items());
            after = page.next() == null ? null : HoldingCursor.decode(page.next()).orElseThrow();
        } while (after != null);
        assertThat(seen).hasSize(10).isSortedAccordingTo(HoldingCursor.OLDEST_FIRST);
        assertThat(seen).extracting(view -> view.shareId() + view.bodyId()).doesNotHaveDuplicates();
    }
}
