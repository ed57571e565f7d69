package uk.mappa.ledger.core.csods;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.Sealed;

/**
 * The force, with its partners, decided whether disclosure is lawful, necessary and proportionate.
 *
 * @param rationale      sealed under the subject's key: it is about them
 * @param decisionMakers the roles of those who decided (never names)
 */
@Revision("1")
public record CsodsDisclosureDecided(CaseId caseId, BodyId force, Instant at, boolean disclose, Sealed rationale,
                                     List<String> decisionMakers, List<BodyId> agenciesConsulted, String by)
        implements CsodsEvent {

    public CsodsDisclosureDecided {
        decisionMakers = List.copyOf(decisionMakers);
        agenciesConsulted = List.copyOf(agenciesConsulted);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        List<BodyId> bodies = new ArrayList<>(agenciesConsulted);
        bodies.add(0, force);
        return List.copyOf(bodies);
    }

    @Override
    public String summary() {
        return "CSODS case " + caseId + ": decided " + (disclose ? "to disclose" : "not to disclose")
                + " after consulting " + agenciesConsulted.size() + " agencies";
    }
}
