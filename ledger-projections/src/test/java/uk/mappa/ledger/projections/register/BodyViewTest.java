package uk.mappa.ledger.projections.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.body.BodyClosed;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyMerged;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.BodyRenamed;
import uk.mappa.ledger.core.body.MappaArea;

/** The register entry follows each change and keeps the body's history. */
class BodyViewTest {

    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final Instant AT = Instant.parse("2016-01-01T00:00:00Z");

    BodyView registered() {
        return BodyView.evolve(null, new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB,
                new MappaArea("merseyside")), AT);
    }

    @Test
    void aRenamedBodyKeepsItsFormerNamesOldestFirst() {
        BodyView once = BodyView.evolve(registered(), new BodyRenamed(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB,
                "Knowsley Safeguarding Children Partnership", BodyKind.LSCP, "2018", "admin"), AT.plusSeconds(1));
        BodyView twice = BodyView.evolve(once, new BodyRenamed(KNOWSLEY, once.name(), BodyKind.LSCP,
                "Knowsley Safeguarding Partnership", BodyKind.LSCP, "2024", "admin"), AT.plusSeconds(2));
        assertThat(twice.name()).isEqualTo("Knowsley Safeguarding Partnership");
        assertThat(twice.kind()).isEqualTo("LSCP");
        assertThat(twice.formerNames()).containsExactly("Knowsley LSCB", "Knowsley Safeguarding Children Partnership");
        assertThat(twice.registeredAt()).isEqualTo(AT);
        assertThat(twice.status()).isEqualTo("ACTIVE");
    }

    @Test
    void aMergedBodyNamesItsSuccessorAndAClosedOneNone() {
        BodyView merged = BodyView.evolve(registered(), new BodyMerged(KNOWSLEY, new BodyId("sefton-lscp"), "Joint",
                "admin"), AT);
        assertThat(merged.status()).isEqualTo("MERGED");
        assertThat(merged.successorBodyId()).isEqualTo("sefton-lscp");
        BodyView closed = BodyView.evolve(registered(), new BodyClosed(KNOWSLEY, "Gone", "admin"), AT);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.successorBodyId()).isNull();
        assertThat(closed.name()).isEqualTo("Knowsley LSCB");
    }

    @Test
    void aChangeToABodyNeverRegisteredShowsNothing() {
        assertThat(BodyView.evolve(null, new BodyClosed(KNOWSLEY, "Gone", "admin"), AT)).isNull();
    }
}
