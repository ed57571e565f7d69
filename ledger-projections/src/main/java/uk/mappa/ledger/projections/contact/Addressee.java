package uk.mappa.ledger.projections.contact;

import java.time.LocalDate;

/**
 * Who a notice goes to now: the post and its current holder, opened for a reader who may see the notice.
 *
 * @param forBodyId the LSCB or LSCP an SFO lead reports to, or null
 * @param subjectId the holder's data subject, by which an IG lead erases their name; null while vacant
 * @param name      null while the post is vacant, or once the holder's data was erased
 * @param erased    true when the holder's name was erased
 */
public record Addressee(String postId, String bodyId, String role, String forBodyId, String title, String subjectId,
                        String name, String contact, LocalDate since, boolean vacant, boolean erased) {
}
