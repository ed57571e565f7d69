package uk.mappa.ledger.api.share;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.Problems;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.consent.CertificateRegister;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.ConsentDocument;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.OnwardDisclosureOutcome;
import uk.mappa.ledger.core.share.RecordOnwardDisclosure;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.share.ShareView;

@RestController
@RequestMapping(path = "/api/shares/{id}")
@Tag(name = "Onward disclosure", description = "Disclosure to a third party with the provider's signed written consent")
class OnwardDisclosureController {

    /**
     * An onward disclosure: the consent bytes the provider signed and its CMS detached signature (DER), both
     * base64. {@code thirdParty} and {@code purpose}, when given, must be what the consent names.
     */
    record Disclosure(@NotBlank @Size(max = 100_000) String consentDocument,
                      @NotBlank @Size(max = 100_000) String signature,
                      @Size(max = 300) String thirdParty,
                      @Size(max = 2000) String purpose) {
    }

    /** Everything needed to check a recorded consent again, outside the ledger. */
    record Evidence(int number, String consentDocument, String signature, String signerFingerprint,
                    String signerCertificatePem, Instant signedAt, String verifyWith) {
    }

    private final Commands commands;
    private final ReadAccess access;
    private final RecordedShares recorded;
    private final CertificateRegister certificates;
    private final Clock clock;

    OnwardDisclosureController(Commands commands, ReadAccess access, RecordedShares recorded,
                               CertificateRegister certificates, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.recorded = recorded;
        this.certificates = certificates;
        this.clock = clock;
    }

    @GetMapping(path = "/consent-document", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The consent document to sign", description = "Exactly the bytes the provider signs (canonical"
            + " JSON), e.g. openssl cms -sign -binary -outform DER -in consent.json -signer cert.pem -inkey key.pem"
            + " -out consent.sig. It names the recipient allowed to disclose ('discloserBodyId') and carries a new"
            + " consent id, so it allows one disclosure by that body only. 'lawfulBasis' defaults to the share's.")
    ResponseEntity<byte[]> consentDocument(@PathVariable String id, @RequestParam String thirdParty,
                                           @RequestParam String purpose, @RequestParam String expires,
                                           @RequestParam String discloserBodyId,
                                           @RequestParam(required = false) String thirdPartyBodyId,
                                           @RequestParam(required = false) String lawfulBasis,
                                           @RequestParam(required = false) String conditions, Actor actor) {
        ShareView share = readable(id, actor);
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        Instant expiry = RequestParameters.instant(expires, "expires", violations);
        if (expiry != null && !expiry.isAfter(clock.instant())) {
            violations.add("expires", "must be in the future");
        }
        String thirdPartyName = RequestParameters.text(thirdParty, "thirdParty", 300, violations);
        String purposeText = RequestParameters.text(purpose, "purpose", 2000, violations);
        String conditionsText = conditions == null || conditions.isBlank() ? ""
                : RequestParameters.text(conditions, "conditions", 2000, violations);
        BodyId thirdPartyBody = RequestParameters.bodyId(thirdPartyBodyId, "thirdPartyBodyId", violations);
        BodyId discloser = RequestParameters.bodyId(discloserBodyId, "discloserBodyId", violations);
        if (discloser != null && !share.recipientBodyIds().contains(discloser.value())) {
            violations.add("discloserBodyId", "must be a recipient of the share: " + share.recipientBodyIds());
        }
        LawfulBasis basis = RequestParameters.enumValue(LawfulBasis.class, lawfulBasis, "lawfulBasis", violations);
        violations.throwIfAny();
        ConsentDocument document = new ConsentDocument(share.id(), share.contentSha256(), share.providerBodyId(),
                discloser.value(), thirdPartyName, thirdPartyBody == null ? null : thirdPartyBody.value(), purposeText,
                basis != null ? basis.name() : share.lawfulBasis(), conditionsText, expiry,
                java.util.UUID.randomUUID().toString(), clock.instant());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document.canonicalBytes());
    }

    @PostMapping(path = "/onward-disclosures", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an onward disclosure", description = "By a business manager of a body that received"
            + " the share. Recorded only if the provider's consent verifies; otherwise refused with a stable code"
            + " (and the refused attempt is recorded, without the signature).")
    ResponseEntity<?> disclose(@PathVariable String id, @Valid @RequestBody Disclosure disclosure, Actor actor) {
        ShareId shareId = ReadAccess.shareId(id);
        readable(id, actor);
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        byte[] document = base64(disclosure.consentDocument(), "consentDocument", violations);
        byte[] signature = base64(disclosure.signature(), "signature", violations);
        violations.throwIfAny();
        OnwardDisclosureOutcome outcome = commands.decide(new RecordOnwardDisclosure(shareId, document, signature,
                disclosure.thirdParty(), disclosure.purpose(), clock.instant(), actor), ReadAccess.shareNotFound(id));
        if (outcome.refused()) {
            ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, outcome.refusalCode(),
                    "Onward disclosure refused", outcome.refusalDetail());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ShareView share = access.requireMayRead(actor, recorded.current(shareId));
        return ResponseEntity.created(URI.create("/api/shares/" + id + "/onward-disclosures/" + outcome.number()))
                .body(share.onwardDisclosures().get(outcome.number() - 1));
    }

    @GetMapping(path = "/onward-disclosures/{number}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The evidence for an onward disclosure", description = "The consent document, signature and"
            + " signer's certificate, to check again outside the ledger with openssl.")
    Evidence evidence(@PathVariable String id, @PathVariable int number, Actor actor) {
        ShareView share = readable(id, actor);
        if (number < 1 || number > share.onwardDisclosures().size()) {
            throw RuleViolation.notFound("disclosure-not-found", "Share " + id + " has no onward disclosure " + number + ".");
        }
        ShareView.OnwardDisclosure disclosure = share.onwardDisclosures().get(number - 1);
        String certificatePem = certificates.find(disclosure.signerFingerprint())
                .map(found -> Certificates.pem(found.certificate())).orElse(null);
        return new Evidence(number, disclosure.consentDocument(), disclosure.signature(),
                disclosure.signerFingerprint(), certificatePem, disclosure.signedAt(),
                "base64 -d consent.b64 > consent.json; base64 -d signature.b64 > consent.sig; openssl cms -verify"
                        + " -binary -inform DER -in consent.sig -content consent.json -CAfile trust-anchor.pem"
                        + " -purpose any -out /dev/null");
    }

    private ShareView readable(String id, Actor actor) {
        return access.requireMayRead(actor, recorded.current(ReadAccess.shareId(id)));
    }

    private static byte[] base64(String value, String field, InvalidRequestException.Collector violations) {
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(field, "must be base64");
            return new byte[0];
        }
    }

}
