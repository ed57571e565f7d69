package uk.mappa.ledger.projections.contact;

import java.time.LocalDate;
import uk.mappa.ledger.core.contact.SealedContact;

/**
 * A post and who holds it, their name and contact details still sealed: only the API opens them, for readers
 * who may see them.
 *
 * @param forBodyId the LSCB or LSCP an SFO lead reports to, or null
 * @param holder    null while nobody holds the post
 */
public record PostView(String postId, String bodyId, String role, String forBodyId, String title, SealedContact holder,
                       LocalDate holderSince) {

    public boolean vacant() {
        return holder == null;
    }
}
