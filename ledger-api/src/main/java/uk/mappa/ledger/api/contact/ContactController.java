package uk.mappa.ledger.api.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.contact.ContactRole;
import uk.mappa.ledger.core.contact.PostCommands.AppointContact;
import uk.mappa.ledger.core.contact.PostCommands.EstablishPost;
import uk.mappa.ledger.core.contact.PostCommands.VacatePost;
import uk.mappa.ledger.core.contact.PostId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.contact.Addressee;

/**
 * Contacts and nominees: the posts the documents ask bodies to fill (SPOCs, nominated managers, the SMB's SFO
 * leads, the LSCBs' representatives) and who holds each. Within a MAPPA area everyone may see who to contact;
 * names are personal data, sealed in the events and erasable.
 */
@RestController
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts and nominees", description = "Who holds each post the documents name, and which nobody holds")
class ContactController {

    static final String MODEL = BoardsProcesses.GROUP;

    record Establishment(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String bodyId,
                         @NotNull @EnumName(ContactRole.class) String role,
                         @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String forBodyId,
                         @NotBlank @Size(max = 200) String title) {
    }

    /** @param contact how to reach the holder at work (telephone, secure e-mail); optional */
    record Appointment(@NotBlank @Size(max = 200) String name, @Size(max = 200) String contact,
                       @NotNull LocalDate since) {
    }

    record Vacancy(@NotBlank @Size(max = 2000) String reason) {
    }

    private final Commands commands;
    private final Contacts contacts;
    private final ReadAccess access;
    private final Clock clock;

    ContactController(Commands commands, Contacts contacts, ReadAccess access, Clock clock) {
        this.commands = commands;
        this.contacts = contacts;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Establish a post", description = "By the body's business manager or its area's register"
            + " administrator. An SFO_LEAD names the LSCB or LSCP it reports to (forBodyId).")
    ResponseEntity<Addressee> establish(@Valid @RequestBody Establishment establishment, Actor actor) {
        PostId id = PostId.random();
        Addressee post = commands.send(new EstablishPost(id, new BodyId(establishment.bodyId()),
                        ContactRole.valueOf(establishment.role()),
                        establishment.forBodyId() == null ? null : new BodyId(establishment.forBodyId()),
                        establishment.title(), actor),
                MODEL, () -> visible(id.toString(), actor));
        return ResponseEntity.created(URI.create("/api/contacts/" + id)).body(post);
    }

    @ReadsModel(MODEL)
    @GetMapping
    @Operation(summary = "Posts and who holds them", description = "Those of the bodies of the caller's MAPPA area"
            + " (all for auditors), optionally of one body; 'vacant=true' for the posts nobody holds.")
    List<Addressee> posts(@RequestParam(required = false) String bodyId,
                          @RequestParam(defaultValue = "false") boolean vacant, Actor actor) {
        Set<BodyId> bodies = bodyId == null ? access.bodiesOfReadersArea(actor)
                : Set.of(access.requireBodyInReadersArea(actor, bodyId));
        return contacts.posts(bodies, vacant);
    }

    @ReadsModel(MODEL)
    @GetMapping("/{id}")
    @Operation(summary = "One post and who holds it", description = "For people of its MAPPA area and auditors.")
    Addressee post(@PathVariable String id, Actor actor) {
        return visible(id, actor);
    }

    @PostMapping(path = "/{id}/holder", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Name who holds the post", description = "By the body's business manager (an SMB's MAPPA"
            + " co-ordinator too; the LSCBs' representative also by a business manager of an LSCB of the area). It"
            + " replaces the previous holder; the name is sealed under a subject key of its own, so the IG lead can"
            + " erase it (POST /api/subjects/{subjectId}/erasure).")
    Addressee appoint(@PathVariable String id, @Valid @RequestBody Appointment appointment, Actor actor) {
        Addressee post = visible(id, actor);
        return commands.sendAbout(new AppointContact(new PostId(UUID.fromString(post.postId())), appointment.name(),
                appointment.contact(), appointment.since(), clock.instant(), actor), notFound(id), MODEL,
                () -> visible(id, actor));
    }

    @PostMapping(path = "/{id}/vacancy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that nobody holds the post", description = "By whoever names its holder.")
    Addressee vacate(@PathVariable String id, @Valid @RequestBody Vacancy vacancy, Actor actor) {
        Addressee post = visible(id, actor);
        return commands.sendAbout(new VacatePost(new PostId(UUID.fromString(post.postId())), vacancy.reason(), actor),
                notFound(id), MODEL, () -> visible(id, actor));
    }

    private Addressee visible(String id, Actor actor) {
        ReadAccess.uuidOf(id, notFound(id));
        Set<BodyId> area = access.bodiesOfReadersArea(actor);
        return contacts.post(id).filter(post -> area == null || area.contains(new BodyId(post.bodyId())))
                .map(contacts::open).orElseThrow(() -> notFound(id));
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("post-not-found", "There is no post " + id + " that you can see.");
    }
}
