package uk.mappa.ledger.core.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.contact.PostCommands.AppointContact;
import uk.mappa.ledger.core.contact.PostCommands.EstablishPost;
import uk.mappa.ledger.core.contact.PostCommands.VacatePost;
import uk.mappa.ledger.core.contact.PostEvent.ContactAppointed;
import uk.mappa.ledger.core.contact.PostEvent.PostEstablished;
import uk.mappa.ledger.core.contact.PostEvent.PostVacated;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A post a body fills with a named person: a single point of contact, a nominated manager, a designated lead or
 * a representative. Notices go to whoever holds it when they are read; a post nobody holds is listed as vacant.
 * The holder's name and contact details are personal data, sealed under a subject key of their own.
 */
public class Post {

    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 200;

    @AggregateIdentifier
    private PostId id;
    private BodyId body;
    private ContactRole role;
    private BodyId forBody;
    private String title;
    private SubjectId holder;

    protected Post() {
        // for Axon
    }

    /**
     * By the body's business manager or its area's register administrator (and the ledger itself, for the posts
     * the documents name); establishing the same post again changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EstablishPost command, BodyRegister bodies) {
        RegisteredBody registered = registered(bodies, command.body());
        if (!command.actor().actsFor(command.body(), Role.BUSINESS_MANAGER)
                && !AccessRules.mayAdministerRegisterOf(command.actor(), registered.area())) {
            throw RuleViolation.forbidden("not-post-administrator", "Posts of " + command.body() + " are established"
                    + " by its business manager or the register administrator of its area.");
        }
        String cleanTitle = Require.text("title", command.title(), MAX_TITLE);
        if (id != null) {
            if (body.equals(command.body()) && role == command.role()
                    && java.util.Objects.equals(forBody, command.forBody()) && title.equals(cleanTitle)) {
                return;
            }
            throw RuleViolation.conflict("post-exists", "Post " + id + " exists with other terms.");
        }
        if (!registered.isOpen()) {
            throw RuleViolation.unprocessable("body-not-open", command.body() + " is "
                    + registered.status().name().toLowerCase() + " and establishes no new posts.");
        }
        if (registered.kind() != command.role().heldAt()) {
            throw RuleViolation.unprocessable("role-not-for-body", "A " + command.role() + " is a post of a "
                    + command.role().heldAt() + ", not of a " + registered.kind() + ".");
        }
        if (command.role().isForAChildrensBoard()) {
            if (command.forBody() == null) {
                throw RuleViolation.unprocessable("for-body-required", "A " + command.role() + " names the LSCB or"
                        + " LSCP it reports to.");
            }
            RegisteredBody board = registered(bodies, command.forBody());
            if ((board.kind() != BodyKind.LSCB && board.kind() != BodyKind.LSCP)
                    || !board.area().equals(registered.area())) {
                throw RuleViolation.unprocessable("for-body-not-a-childrens-board", command.forBody() + " is not an"
                        + " LSCB or LSCP of the area of " + command.body() + ".");
            }
        } else if (command.forBody() != null) {
            throw RuleViolation.unprocessable("for-body-not-allowed", "A " + command.role() + " names no other body.");
        }
        apply(new PostEstablished(command.postId(), command.body(), command.role(), command.forBody(), cleanTitle,
                command.actor().userId()));
    }

    @CommandHandler
    void handle(AppointContact command, PersonalDataVault vault, BodyRegister bodies) {
        requireAppointer(command.actor(), bodies);
        String name = Require.text("name", command.name(), MAX_NAME);
        String contact = command.contact() == null || command.contact().isBlank() ? null
                : Require.text("contact", command.contact(), MAX_NAME);
        if (command.since().isAfter(AgreementTerms.dayOf(command.now()))) {
            throw RuleViolation.unprocessable("appointed-in-future", "Name the person holding the post now.");
        }
        SubjectId subject = vault.newSubject(body);
        apply(new ContactAppointed(id, body, role, forBody, new SealedContact(subject, vault.seal(subject, name),
                contact == null ? null : vault.seal(subject, contact)), command.since(), command.actor().userId()));
    }

    @CommandHandler
    void handle(VacatePost command, BodyRegister bodies) {
        requireAppointer(command.actor(), bodies);
        if (holder == null) {
            throw RuleViolation.conflict("post-vacant", "Nobody holds the post.");
        }
        apply(new PostVacated(id, body, role, forBody, Require.text("reason", command.reason()),
                command.actor().userId()));
    }

    /**
     * The body names who holds its posts: its business manager, and for an SMB its MAPPA co-ordinator; the LSCBs'
     * representatives on the SMB are named by the LSCBs of the area, which appoint them together.
     */
    private void requireAppointer(Actor actor, BodyRegister bodies) {
        boolean own = actor.actsFor(body, Role.BUSINESS_MANAGER)
                || (role.heldAt() == BodyKind.SMB && actor.actsFor(body, Role.MAPPA_COORDINATOR));
        boolean byTheBoards = role == ContactRole.LSCB_REPRESENTATIVE && actor.body() != null
                && actor.hasRole(Role.BUSINESS_MANAGER) && bodies.find(actor.body())
                .filter(board -> board.kind() == BodyKind.LSCB || board.kind() == BodyKind.LSCP)
                .filter(board -> bodies.find(body).map(RegisteredBody::area).filter(board.area()::equals).isPresent())
                .isPresent();
        if (!own && !byTheBoards) {
            throw RuleViolation.forbidden("not-post-appointer", "Only " + body + " names who holds its post "
                    + role + ".");
        }
    }

    private static RegisteredBody registered(BodyRegister bodies, BodyId body) {
        return bodies.find(body).orElseThrow(() -> RuleViolation.unprocessable("unknown-body", "The body '" + body
                + "' is not in the register; see GET /api/bodies."));
    }

    @EventSourcingHandler
    void on(PostEstablished event) {
        id = event.postId();
        body = event.body();
        role = event.role();
        forBody = event.forBody();
        title = event.title();
    }

    @EventSourcingHandler
    void on(ContactAppointed event) {
        holder = event.holder().subjectId();
    }

    @EventSourcingHandler
    void on(PostVacated event) {
        holder = null;
    }
}
