package uk.mappa.ledger.api.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.body.RegisterBody;
import uk.mappa.ledger.core.body.RegisterCommands.CloseBody;
import uk.mappa.ledger.core.body.RegisterCommands.MergeBody;
import uk.mappa.ledger.core.body.RegisterCommands.RenameBody;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.register.BodyView;
import uk.mappa.ledger.projections.register.FindBody;
import uk.mappa.ledger.projections.register.ListBodies;

@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Register of bodies", description = "The bodies that share information, readable by every user and"
        + " kept by the register administrators of each MAPPA area")
class BodyController {

    static final String MODEL = "register";

    record Registration(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE)
                        @Size(max = BodyId.MAX_LENGTH) String id,
                        @NotBlank @Size(max = 200) String name,
                        @NotNull @EnumName(BodyKind.class) String kind,
                        @NotBlank @Pattern(regexp = BodyId.FORMAT, message = "must be a MAPPA area such as merseyside")
                        String mappaArea) {
    }

    record Renaming(@NotBlank @Size(max = 200) String name, @NotNull @EnumName(BodyKind.class) String kind,
                    @NotBlank @Size(max = 2000) String reason) {
    }

    record Merger(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String intoBodyId,
                  @NotBlank @Size(max = 2000) String reason) {
    }

    record Closure(@NotBlank @Size(max = 2000) String reason) {
    }

    private final Commands commands;
    private final Queries queries;

    BodyController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @ReadsModel(MODEL)
    @GetMapping
    @Operation(summary = "Every registered body, by MAPPA area and name", description = "Closed and merged bodies"
            + " too, with their status, successor and former names.")
    List<BodyView> bodies() {
        return queries.ask(new ListBodies());
    }

    @ReadsModel(MODEL)
    @GetMapping("/{id}")
    @Operation(summary = "One registered body")
    BodyView body(@PathVariable String id) {
        return find(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a body", description = "By a register administrator of its MAPPA area.")
    ResponseEntity<BodyView> register(@Valid @RequestBody Registration registration, Actor actor) {
        BodyId id = new BodyId(registration.id());
        BodyView registered = commands.send(new RegisterBody(id, registration.name(),
                BodyKind.valueOf(registration.kind()), new MappaArea(registration.mappaArea()), actor), MODEL,
                () -> find(id.value()));
        return ResponseEntity.created(URI.create("/api/bodies/" + id)).body(registered);
    }

    @PostMapping(path = "/{id}/renaming", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a body", description = "A new name, and for an LSCB the kind LSCP (since 2018): the"
            + " same body, whose former name stays in its history.")
    BodyView rename(@PathVariable String id, @Valid @RequestBody Renaming renaming, Actor actor) {
        BodyId body = bodyId(id);
        return commands.sendAbout(new RenameBody(body, renaming.name(), BodyKind.valueOf(renaming.kind()),
                renaming.reason(), actor), notFound(id), MODEL, () -> find(id));
    }

    @PostMapping(path = "/{id}/merger", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge a body into another of its MAPPA area", description = "It takes no new shares; its"
            + " history stays.")
    BodyView merge(@PathVariable String id, @Valid @RequestBody Merger merger, Actor actor) {
        BodyId body = bodyId(id);
        return commands.sendAbout(new MergeBody(body, new BodyId(merger.intoBodyId()), merger.reason(), actor),
                notFound(id), MODEL, () -> find(id));
    }

    @PostMapping(path = "/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a body", description = "It takes no new shares; its history stays.")
    BodyView close(@PathVariable String id, @Valid @RequestBody Closure closure, Actor actor) {
        BodyId body = bodyId(id);
        return commands.sendAbout(new CloseBody(body, closure.reason(), actor), notFound(id), MODEL, () -> find(id));
    }

    /** A body id from a URL; one that is not even an id is a body that does not exist. */
    private BodyId bodyId(String id) {
        if (!BodyId.isWellFormed(id)) {
            throw notFound(id);
        }
        return new BodyId(id);
    }

    private BodyView find(String id) {
        return queries.ask(new FindBody(bodyId(id))).orElseThrow(() -> notFound(id));
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("body-not-found", "There is no body '" + id + "' in the register.");
    }
}
