package uk.mappa.ledger.projections.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.BodyRenamed;
import uk.mappa.ledger.core.body.MappaArea;

/**
 * The register kept in memory is reused only while the table's version says it is current, so a change made
 * by another node (another projection instance on the same table) shows at once.
 */
@DataJpaTest
class RegisterProjectionTest {

    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId SEFTON = new BodyId("sefton-lscb");
    static final Instant AT = Instant.parse("2016-01-01T00:00:00Z");

    @Autowired
    BodyRepository repository;

    @Autowired
    DataSource database;

    @Test
    void theListInMemoryIsReusedUntilAnyNodeChangesTheRegister() {
        RegisterProjection thisNode = new RegisterProjection(repository, database);
        RegisterProjection otherNode = new RegisterProjection(repository, database);
        thisNode.on(new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, new MappaArea("merseyside")), AT);

        List<BodyView> first = thisNode.handle(new ListBodies());
        assertThat(first).extracting(BodyView::name).containsExactly("Knowsley LSCB");
        assertThat(thisNode.handle(new ListBodies())).isSameAs(first);

        otherNode.on(new BodyRenamed(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, "Knowsley Safeguarding Partnership",
                BodyKind.LSCP, "2018", "admin"), AT.plusSeconds(1));
        assertThat(thisNode.handle(new ListBodies())).extracting(BodyView::name)
                .containsExactly("Knowsley Safeguarding Partnership");

        otherNode.on(new BodyRegistered(SEFTON, "Sefton LSCB", BodyKind.LSCB, new MappaArea("merseyside")), AT);
        assertThat(thisNode.handle(new ListBodies())).extracting(BodyView::id)
                .containsExactly("knowsley-lscb", "sefton-lscb");

        otherNode.reset();
        assertThat(thisNode.handle(new ListBodies())).isEmpty();
    }
}
