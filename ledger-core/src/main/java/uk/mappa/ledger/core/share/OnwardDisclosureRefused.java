package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** An onward disclosure was refused; the attempt is recorded, without the signature material. */
@Revision("1")
public record OnwardDisclosureRefused(ShareId shareId, BodyId provider, BodyId discloser, String code, String detail,
                                      Instant attemptedAt, String attemptedBy) implements ShareEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(provider, discloser);
    }

    @Override
    public String summary() {
        return "Refused an onward disclosure of share " + shareId + " by " + discloser + " (" + code + "): " + detail;
    }
}
