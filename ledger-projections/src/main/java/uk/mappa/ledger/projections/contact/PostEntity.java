package uk.mappa.ledger.projections.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import uk.mappa.ledger.core.contact.SealedContact;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SubjectId;

@Entity
@Table(name = "contact_post")
class PostEntity {

    @Id
    @Column(name = "post_id")
    private String id;
    @Column(name = "body_id")
    private String body;
    private String role;
    @Column(name = "for_body_id")
    private String forBody;
    private String title;
    @Column(name = "holder_subject_id")
    private UUID holderSubject;
    /** The holder's name, encrypted under their subject key. */
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "holder_contact")
    private String holderContact;
    @Column(name = "holder_since")
    private LocalDate holderSince;
    private boolean vacant;

    protected PostEntity() {
    }

    PostEntity(String id, String body, String role, String forBody, String title) {
        this.id = id;
        this.body = body;
        this.role = role;
        this.forBody = forBody;
        this.title = title;
        this.vacant = true;
    }

    void appoint(SealedContact holder, LocalDate since) {
        this.holderSubject = holder.subjectId().value();
        this.holderName = holder.name().ciphertext();
        this.holderContact = holder.contact() == null ? null : holder.contact().ciphertext();
        this.holderSince = since;
        this.vacant = false;
    }

    void vacate() {
        this.holderSubject = null;
        this.holderName = null;
        this.holderContact = null;
        this.holderSince = null;
        this.vacant = true;
    }

    PostView toView() {
        SealedContact holder = null;
        if (holderSubject != null) {
            SubjectId subject = new SubjectId(holderSubject);
            holder = new SealedContact(subject, new Sealed(subject, holderName),
                    holderContact == null ? null : new Sealed(subject, holderContact));
        }
        return new PostView(id, body, role, forBody, title, holder, holderSince);
    }
}
