package uk.mappa.ledger.api.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.consent.CertificateRegister;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.PossessionProof;
import uk.mappa.ledger.core.consent.RegisterCertificate;
import uk.mappa.ledger.core.consent.RevokeCertificate;
import uk.mappa.ledger.core.consent.SigningCertificate;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.certificate.CertificateView;
import uk.mappa.ledger.projections.certificate.FindCertificates;

@RestController
@RequestMapping(path = "/api/bodies/{bodyId}/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signing certificates", description = "The X.509 certificates a body signs its written consents with")
class CertificateController {

    /**
     * A certificate in PEM, as {@code openssl} writes it, with proof of possession of its private key: a
     * challenge from {@code POST .../certificates/challenges} and a CMS detached signature over it (base64).
     */
    record Registration(@NotBlank @Size(max = 20_000) String certificatePem, @NotBlank @Size(max = 64) String challenge,
                        @NotBlank @Size(max = 20_000) String proof) {
    }

    /** Why and from when a certificate is revoked ({@code revokedAt} defaults to now). */
    record Revocation(@NotBlank @Size(max = 2000) String reason, Instant revokedAt) {
    }

    private final Commands commands;
    private final Queries queries;
    private final CertificateRegister register;
    private final CertificateChallenges challenges;
    private final Clock clock;

    CertificateController(Commands commands, Queries queries, CertificateRegister register,
                          CertificateChallenges challenges, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.register = register;
        this.challenges = challenges;
        this.clock = clock;
    }

    @PostMapping(path = "/challenges", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A challenge to prove possession of a certificate's key", description = "By the body's"
            + " business manager. Sign it (the challenge's text, exactly) with the certificate's key within ten minutes:"
            + " printf %s CHALLENGE > challenge.txt; openssl cms -sign -binary -outform DER -in challenge.txt -signer"
            + " cert.pem -inkey key.pem -out proof.der")
    CertificateChallenges.Challenge challenge(@PathVariable String bodyId, Actor actor) {
        BodyId body = body(bodyId);
        requireBusinessManagerOf(body, actor);
        return challenges.issue(body, actor);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a signing certificate", description = "By the body's business manager, with a"
            + " challenge signed by the certificate's key. Accepted only if the certificate names the body (or comes"
            + " from a CA trusted for it), chains to a trust anchor of this deployment and is valid now.")
    ResponseEntity<CertificateView> register(@PathVariable String bodyId, @Valid @RequestBody Registration registration,
                                             Actor actor) {
        BodyId body = body(bodyId);
        requireBusinessManagerOf(body, actor);
        X509Certificate certificate;
        try {
            certificate = Certificates.parseOne(registration.certificatePem().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException.Collector().add("certificatePem", "must be one X.509 certificate in PEM: "
                    + e.getMessage()).asException();
        }
        byte[] proof;
        try {
            proof = java.util.Base64.getDecoder().decode(registration.proof().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException.Collector().add("proof", "must be base64").asException();
        }
        if (!challenges.consume(body, registration.challenge().strip())) {
            throw RuleViolation.unprocessable("challenge-not-valid", "The challenge was not issued for " + body
                    + ", has been used, or has expired; ask for a new one.");
        }
        if (!PossessionProof.proves(certificate, registration.challenge().strip().getBytes(StandardCharsets.US_ASCII),
                proof)) {
            throw RuleViolation.unprocessable("possession-not-proven", "The proof is not a signature over the"
                    + " challenge made with this certificate's private key.");
        }
        Instant now = clock.instant();
        String fingerprint = Certificates.fingerprint(certificate);
        if (register.find(fingerprint).isPresent()) {
            throw RuleViolation.conflict("certificate-already-registered", "The certificate " + fingerprint
                    + " is registered already; see GET /api/bodies/" + bodyId + "/certificates.");
        }
        CertificateView registered = commands.send(RegisterCertificate.of(body, certificate, now, actor),
                () -> view(fingerprint));
        return ResponseEntity.created(URI.create("/api/bodies/" + bodyId + "/certificates/" + fingerprint))
                .body(registered);
    }

    @PostMapping(path = "/{fingerprint}/revocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a signing certificate", description = "Signatures dated after 'revokedAt' are refused.")
    CertificateView revoke(@PathVariable String bodyId, @PathVariable String fingerprint,
                           @Valid @RequestBody Revocation revocation, Actor actor) {
        BodyId body = body(bodyId);
        Instant now = clock.instant();
        return commands.sendAbout(new RevokeCertificate(SigningCertificate.aggregateId(fingerprint), body,
                        revocation.revokedAt() != null ? revocation.revokedAt() : now, revocation.reason(), now, actor),
                notFound(fingerprint), () -> view(fingerprint));
    }

    @ReadsModel("certificates")
    @GetMapping
    @Operation(summary = "A body's signing certificates")
    List<CertificateView> certificates(@PathVariable String bodyId) {
        return queries.ask(new FindCertificates(body(bodyId)));
    }

    /** The certificate as the event store has it now, so the response shows the change at once. */
    private CertificateView view(String fingerprint) {
        return register.find(fingerprint).map(found -> new CertificateView(found.fingerprint(), found.body().value(),
                        found.certificate().getSubjectX500Principal().getName(),
                        found.certificate().getIssuerX500Principal().getName(),
                        found.certificate().getSerialNumber().toString(16),
                        found.certificate().getNotBefore().toInstant(), found.certificate().getNotAfter().toInstant(),
                        found.registeredAt(), found.revokedAt(), found.revocationReason()))
                .orElseThrow(() -> notFound(fingerprint));
    }

    /** The body's own business managers look after its certificates; anyone else is refused before anything is read. */
    private static void requireBusinessManagerOf(BodyId body, Actor actor) {
        if (!actor.actsFor(body, Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-body-business-manager",
                    "Only a business manager of " + body + " can register its certificates.");
        }
    }

    private static BodyId body(String bodyId) {
        if (!BodyId.isWellFormed(bodyId)) {
            throw RuleViolation.notFound("body-not-found", "There is no body '" + bodyId + "' in the register.");
        }
        return new BodyId(bodyId);
    }

    private static RuleViolation notFound(String fingerprint) {
        return RuleViolation.notFound("certificate-not-found", "There is no registered certificate " + fingerprint + ".");
    }
}
