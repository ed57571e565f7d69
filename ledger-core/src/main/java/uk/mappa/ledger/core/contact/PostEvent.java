package uk.mappa.ledger.core.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that happens to a post. Names appear only sealed; summaries never carry them. */
public sealed interface PostEvent extends LedgerEvent {

    PostId postId();

    BodyId body();

    ContactRole role();

    /** The LSCB or LSCP an SFO lead reports to, or null. */
    BodyId forBody();

    @Override
    default List<BodyId> bodiesInvolved() {
        return Stream.of(body(), forBody()).filter(java.util.Objects::nonNull).toList();
    }

    /** A body established a post for a role. */
    @Revision("1")
    record PostEstablished(PostId postId, BodyId body, ContactRole role, BodyId forBody, String title,
                           String establishedBy) implements PostEvent {

        @Override
        public String summary() {
            return body + " established the post " + role + (forBody == null ? "" : " for " + forBody) + ": " + title;
        }
    }

    /** A person was named to the post. */
    @Revision("1")
    record ContactAppointed(PostId postId, BodyId body, ContactRole role, BodyId forBody, SealedContact holder,
                            LocalDate since, String appointedBy) implements PostEvent {

        @Override
        public String summary() {
            return body + " named the holder of its post " + role + (forBody == null ? "" : " for " + forBody)
                    + " from " + since;
        }
    }

    /** Nobody holds the post any more. */
    @Revision("1")
    record PostVacated(PostId postId, BodyId body, ContactRole role, BodyId forBody, String reason, String vacatedBy)
            implements PostEvent {

        @Override
        public String summary() {
            return body + "'s post " + role + (forBody == null ? "" : " for " + forBody) + " is vacant: " + reason;
        }
    }
}
