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
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.Events;

@DataJpaTest
class HoldingsProjectionTest {

    @Autowired
    HoldingRepository repository;

    HoldingsProjection projection;

    @BeforeEach
    void setUp() {
        projection = new HoldingsProjection(repository);
    }

    @Test
    void theProviderAndEveryRecipientHoldTheShare() {
        ShareId id = ShareId.random();
        projection.on(Events.shareRecorded(id, Category.ANNUAL_REPORT, "merseyside-smb",
                List.of("knowsley-lscb", "wirral-lscb"), ProtectiveMarking.officialSensitive(Descriptor.PERSONAL),
                Instant.parse("2026-03-01T00:00:00Z")));

        assertThat(projection.handle(new FindHoldings(new BodyId("knowsley-lscb"))))
                .singleElement()
                .satisfies(holding -> {
                    assertThat(holding.shareId()).isEqualTo(id.toString());
                    assertThat(holding.role()).isEqualTo("RECIPIENT");
                    assertThat(holding.providerBodyId()).isEqualTo("merseyside-smb");
                    assertThat(holding.marking()).isEqualTo("OFFICIAL-SENSITIVE PERSONAL");
                });
        assertThat(projection.handle(new FindHoldings(new BodyId("merseyside-smb"))))
                .extracting(HoldingView::role).containsExactly("PROVIDER");
        assertThat(projection.handle(new FindHoldings(new BodyId("sefton-lscb")))).isEmpty();
    }

    @Test
    void holdingsAreListedMostRecentFirstAndAResetEmptiesThem() {
        ShareId older = ShareId.random();
        ShareId newer = ShareId.random();
        projection.on(Events.shareRecorded(older, Category.TRAINING, "merseyside-smb", List.of("wirral-lscb"),
                ProtectiveMarking.official(), Instant.parse("2026-01-01T00:00:00Z")));
        projection.on(Events.shareRecorded(newer, Category.GUIDANCE, "merseyside-smb", List.of("wirral-lscb"),
                ProtectiveMarking.official(), Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(projection.handle(new FindHoldings(new BodyId("wirral-lscb"))))
                .extracting(HoldingView::shareId).containsExactly(newer.toString(), older.toString());

        projection.reset();
        assertThat(projection.handle(new FindHoldings(new BodyId("wirral-lscb")))).isEmpty();
    }
}
