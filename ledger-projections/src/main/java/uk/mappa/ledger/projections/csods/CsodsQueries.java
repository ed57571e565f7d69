package uk.mappa.ledger.projections.csods;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/** The questions the CSODS read model answers. */
public final class CsodsQueries {

    private CsodsQueries() {
    }

    /** One case, personal data sealed. */
    public record FindCsodsCase(CaseId id) implements LedgerQuery<Optional<CsodsCaseView>> {

        @Override
        public ResponseType<Optional<CsodsCaseView>> responseType() {
            return ResponseTypes.optionalInstanceOf(CsodsCaseView.class);
        }
    }

    /** Missed time limits of these forces' cases, most recent first; null for every force. */
    public record FindMissedCsodsDeadlines(Set<BodyId> forces) implements LedgerQuery<List<MissedCsodsDeadline>> {

        @Override
        public ResponseType<List<MissedCsodsDeadline>> responseType() {
            return ResponseTypes.multipleInstancesOf(MissedCsodsDeadline.class);
        }
    }

    /**
     * A page of these forces' cases (null for every force), most recently received first.
     *
     * @param after where the previous page ended; null for the first page
     */
    public record FindCsodsCases(Set<BodyId> forces, Instant now, int size, Keyset after)
            implements LedgerQuery<CsodsCasePage> {

        public FindCsodsCases {
            forces = forces == null ? null : Set.copyOf(forces);
            Page.requireSize(size);
        }

        @Override
        public ResponseType<CsodsCasePage> responseType() {
            return ResponseTypes.instanceOf(CsodsCasePage.class);
        }
    }

    /** The cases in which a person received a disclosure. */
    public record FindDisclosuresTo(SubjectId subject) implements LedgerQuery<List<CsodsCaseView>> {

        @Override
        public ResponseType<List<CsodsCaseView>> responseType() {
            return ResponseTypes.multipleInstancesOf(CsodsCaseView.class);
        }
    }

    /** Anonymised figures of a force's cases per quarter, from the events. */
    public record FindCsodsFigures(BodyId force) implements LedgerQuery<List<CsodsQuarter>> {

        @Override
        public ResponseType<List<CsodsQuarter>> responseType() {
            return ResponseTypes.multipleInstancesOf(CsodsQuarter.class);
        }
    }
}
