package uk.mappa.ledger.core.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** Establishing posts and naming who holds them. */
public final class PostCommands {

    private PostCommands() {
    }

    /**
     * A body's post for a role.
     *
     * @param forBody for an SMB's SFO lead, the LSCB or LSCP it reports to; otherwise null
     * @param title   the post as the documents describe it (a role title, never a name)
     */
    public record EstablishPost(@TargetAggregateIdentifier PostId postId, BodyId body, ContactRole role, BodyId forBody,
                                String title, Actor actor) {

        public EstablishPost {
            Objects.requireNonNull(postId, "postId");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A person named to the post, replacing whoever held it.
     *
     * @param name    the person's name: personal data, encrypted before it is recorded
     * @param contact how to reach them at work, or null
     */
    public record AppointContact(@TargetAggregateIdentifier PostId postId, String name, String contact,
                                 LocalDate since, Instant now, Actor actor) {

        public AppointContact {
            Objects.requireNonNull(postId, "postId");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The holder left and nobody holds the post. */
    public record VacatePost(@TargetAggregateIdentifier PostId postId, String reason, Actor actor) {

        public VacatePost {
            Objects.requireNonNull(postId, "postId");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
