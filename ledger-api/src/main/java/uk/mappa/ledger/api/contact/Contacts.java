package uk.mappa.ledger.api.contact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.contact.ContactRole;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.projections.contact.Addressee;
import uk.mappa.ledger.projections.contact.FindPost;
import uk.mappa.ledger.projections.contact.FindPosts;
import uk.mappa.ledger.projections.contact.PostView;
import uk.mappa.ledger.projections.meeting.MeetingView;
import uk.mappa.ledger.projections.sfo.SfoView;

/**
 * Who holds each post now, opened for readers: the one place notices are addressed to the current holder of
 * the role (MAPPA meetings to the agency's SPOC or nominee, SFOs from the SMB's lead for the LSCB). A list of
 * notices costs one query for the posts of all their bodies.
 */
@Component
public class Contacts {

    private final Queries queries;
    private final PersonalDataVault vault;

    Contacts(Queries queries, PersonalDataVault vault) {
        this.queries = queries;
        this.vault = vault;
    }

    /** The posts of these bodies (null for all), opened. */
    List<Addressee> posts(Set<BodyId> bodies, boolean vacantOnly) {
        return queries.ask(new FindPosts(bodies, vacantOnly)).stream().map(this::open).toList();
    }

    /** One post, if it exists. */
    Optional<PostView> post(String id) {
        return queries.ask(new FindPost(id));
    }

    /** Each notice addressed to the post of its agency that receives it now. */
    public List<MeetingView> addressed(List<MeetingView> notices) {
        Map<String, List<PostView>> posts = postsOf(notices.stream().map(MeetingView::agencyBodyId).toList());
        return notices.stream().map(notice -> notice.addressedTo(pick(posts.get(notice.agencyBodyId()),
                post -> post.role().equals(ContactRole.CHILDRENS_SERVICES_SPOC.name()))
                .or(() -> pick(posts.get(notice.agencyBodyId()),
                        post -> post.role().equals(ContactRole.forMeetingLevel(notice.level()).name())))
                .map(this::open).orElse(null))).toList();
    }

    /** Each notification with the SMB's lead for its LSCB. */
    public List<SfoView> withLeads(List<SfoView> notifications) {
        Map<String, List<PostView>> posts = postsOf(notifications.stream().map(SfoView::smbBodyId).toList());
        return notifications.stream().map(notification -> notification.withSmbLead(pick(
                posts.get(notification.smbBodyId()), post -> post.role().equals(ContactRole.SFO_LEAD.name())
                        && notification.lscbBodyId().equals(post.forBodyId())).map(this::open).orElse(null))).toList();
    }

    private Map<String, List<PostView>> postsOf(Collection<String> bodies) {
        if (bodies.isEmpty()) {
            return Map.of();
        }
        return queries.ask(new FindPosts(bodies.stream().map(BodyId::new).collect(Collectors.toSet()), false))
                .stream().collect(Collectors.groupingBy(PostView::bodyId));
    }

    /** Of the matching posts, one that is held if any is. */
    private static Optional<PostView> pick(List<PostView> posts, java.util.function.Predicate<PostView> matching) {
        return posts == null ? Optional.empty() : posts.stream().filter(matching)
                .min(Comparator.comparing(PostView::vacant));
    }

    Addressee open(PostView post) {
        if (post.vacant()) {
            return new Addressee(post.postId(), post.bodyId(), post.role(), post.forBodyId(), post.title(), null, null,
                    null, null, true, false);
        }
        Function<Sealed, String> opened = sealed -> sealed == null ? null : vault.open(sealed).orElse(null);
        String name = opened.apply(post.holder().name());
        return new Addressee(post.postId(), post.bodyId(), post.role(), post.forBodyId(), post.title(),
                post.holder().subjectId().value().toString(), name, opened.apply(post.holder().contact()),
                post.holderSince(), false, name == null);
    }
}
