package uk.mappa.ledger.projections.contact;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.contact.PostEvent.ContactAppointed;
import uk.mappa.ledger.core.contact.PostEvent.PostEstablished;
import uk.mappa.ledger.core.contact.PostEvent.PostVacated;
import uk.mappa.ledger.projections.BoardsProcesses;

/** The posts bodies fill with named contacts and nominees, and which of them nobody holds. */
@Component
@ProcessingGroup(BoardsProcesses.GROUP)
class PostProjection {

    private final PostRepository posts;

    PostProjection(PostRepository posts) {
        this.posts = posts;
    }

    @EventHandler
    void on(PostEstablished event) {
        posts.save(new PostEntity(event.postId().toString(), event.body().value(), event.role().name(),
                event.forBody() == null ? null : event.forBody().value(), event.title()));
    }

    @EventHandler
    void on(ContactAppointed event) {
        posts.findById(event.postId().toString()).ifPresent(post -> post.appoint(event.holder(), event.since()));
    }

    @EventHandler
    void on(PostVacated event) {
        posts.findById(event.postId().toString()).ifPresent(PostEntity::vacate);
    }

    @ResetHandler
    void reset() {
        posts.deleteAllInBatch();
    }

    @QueryHandler
    Optional<PostView> handle(FindPost query) {
        return posts.findById(query.id()).map(PostEntity::toView);
    }

    @QueryHandler
    List<PostView> handle(FindPosts query) {
        return (query.bodies() == null ? posts.findAllByOrderByBodyAscRoleAscTitleAsc()
                : posts.findByBodyInOrderByBodyAscRoleAscTitleAsc(query.bodies().stream().map(BodyId::value).toList()))
                .stream().map(PostEntity::toView).filter(post -> !query.vacantOnly() || post.vacant()).toList();
    }
}
