package uk.mappa.ledger.projections.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.contact.ContactRole;
import uk.mappa.ledger.core.contact.PostEvent.ContactAppointed;
import uk.mappa.ledger.core.contact.PostEvent.PostEstablished;
import uk.mappa.ledger.core.contact.PostEvent.PostVacated;
import uk.mappa.ledger.core.contact.PostId;
import uk.mappa.ledger.core.contact.SealedContact;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SubjectId;

/** Posts, their holders (still sealed) and the posts nobody holds. */
@DataJpaTest
class PostProjectionTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId CS = new BodyId("knowsley-childrens-services");

    @Autowired
    PostRepository repository;
    PostProjection posts;

    @BeforeEach
    void setUp() {
        posts = new PostProjection(repository);
    }

    @Test
    void holdersAreKeptSealedAndVacantPostsListed() {
        PostId spoc = PostId.random();
        PostId lead = PostId.random();
        SubjectId subject = new SubjectId(UUID.randomUUID());
        posts.on(new PostEstablished(spoc, CS, ContactRole.CHILDRENS_SERVICES_SPOC, null, "SPOC", "r"));
        posts.on(new PostEstablished(lead, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead", "r"));
        posts.on(new ContactAppointed(spoc, CS, ContactRole.CHILDRENS_SERVICES_SPOC, null, new SealedContact(subject,
                new Sealed(subject, "name-ciphertext"), new Sealed(subject, "contact-ciphertext")),
                LocalDate.parse("2026-06-01"), "m"));
        posts.on(new ContactAppointed(PostId.random(), CS, ContactRole.CHILDRENS_SERVICES_SPOC, null,
                new SealedContact(subject, new Sealed(subject, "x"), null), LocalDate.parse("2026-06-01"), "m"));

        PostView held = posts.handle(new FindPost(spoc.toString())).orElseThrow();
        assertThat(held.vacant()).isFalse();
        assertThat(held.holder().name().ciphertext()).isEqualTo("name-ciphertext");
        assertThat(held.holder().contact().ciphertext()).isEqualTo("contact-ciphertext");
        assertThat(held.holder().subjectId()).isEqualTo(subject);
        assertThat(held.holderSince()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(posts.handle(new FindPost(lead.toString())).orElseThrow().forBodyId()).isEqualTo("knowsley-lscb");
        assertThat(posts.handle(new FindPosts(null, true))).extracting(PostView::postId).containsExactly(lead.toString());
        assertThat(posts.handle(new FindPosts(Set.of(CS), false))).extracting(PostView::postId)
                .containsExactly(spoc.toString());
        assertThat(posts.handle(new FindPosts(null, false))).extracting(PostView::bodyId)
                .containsExactly("knowsley-childrens-services", "merseyside-smb");

        posts.on(new PostVacated(spoc, CS, ContactRole.CHILDRENS_SERVICES_SPOC, null, "Left", "m"));
        PostView vacated = posts.handle(new FindPost(spoc.toString())).orElseThrow();
        assertThat(vacated.vacant()).isTrue();
        assertThat(vacated.holder()).isNull();
        assertThat(posts.handle(new FindPosts(null, true))).hasSize(2);

        posts.reset();
        assertThat(posts.handle(new FindPosts(null, false))).isEmpty();
    }
}
