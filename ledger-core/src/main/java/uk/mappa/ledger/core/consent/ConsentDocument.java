package uk.mappa.ledger.core.consent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's written consent to one onward disclosure, as the exact bytes it signs: canonical JSON
 * (keys in alphabetical order, no insignificant whitespace, UTF-8), so the same consent always has the
 * same bytes and any change to them breaks the signature.
 *
 * @param discloser        the one body allowed to make the disclosure (a recipient of the share)
 * @param thirdPartyBodyId the third party's id in the register, when it is a registered body
 * @param conditions       conditions the provider attaches; empty when none
 * @param consentId        unique to this consent, which can be used for one disclosure only
 * @param issuedAt         when the ledger issued the document for signing
 */
public record ConsentDocument(String shareId, String contentSha256, String provider, String discloser,
                              String thirdPartyName, String thirdPartyBodyId, String purpose, String lawfulBasis,
                              String conditions, Instant expires, String consentId, Instant issuedAt) {

    /** Version 2 names the discloser and carries the consent's id and issue time; version 1 is no longer accepted. */
    public static final String TYPE = "uk-mappa-ledger-onward-disclosure-consent-v2";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    public ConsentDocument {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(discloser, "discloser");
        Objects.requireNonNull(thirdPartyName, "thirdPartyName");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(lawfulBasis, "lawfulBasis");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        conditions = conditions == null ? "" : conditions;
    }

    public byte[] canonicalBytes() {
        Map<String, Object> thirdParty = new LinkedHashMap<>();
        thirdParty.put("name", thirdPartyName);
        if (thirdPartyBodyId != null) {
            thirdParty.put("bodyId", thirdPartyBodyId);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", TYPE);
        document.put("shareId", shareId);
        document.put("contentSha256", contentSha256);
        document.put("provider", provider);
        document.put("discloser", discloser);
        document.put("thirdParty", thirdParty);
        document.put("purpose", purpose);
        document.put("lawfulBasis", lawfulBasis);
        document.put("conditions", conditions);
        document.put("expires", expires.toString());
        document.put("consentId", consentId);
        document.put("issuedAt", issuedAt.toString());
        return CANONICAL.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a signed document back; it must be exactly the canonical form of what it says. */
    public static ConsentDocument parse(byte[] bytes) {
        try {
            JsonNode json = CANONICAL.readTree(bytes);
            if (!TYPE.equals(json.path("type").asString(""))) {
                throw new IllegalArgumentException("not a consent document of type " + TYPE);
            }
            JsonNode thirdParty = json.path("thirdParty");
            ConsentDocument document = new ConsentDocument(text(json, "shareId"), text(json, "contentSha256"),
                    text(json, "provider"), text(json, "discloser"), text(thirdParty, "name"),
                    thirdParty.has("bodyId") ? text(thirdParty, "bodyId") : null, text(json, "purpose"),
                    text(json, "lawfulBasis"), text(json, "conditions"), Instant.parse(text(json, "expires")),
                    text(json, "consentId"), Instant.parse(text(json, "issuedAt")));
            if (!java.util.Arrays.equals(document.canonicalBytes(), bytes)) {
                throw new IllegalArgumentException("the bytes are not the canonical form of the document;"
                        + " sign exactly what GET /api/shares/{id}/consent-document returns");
            }
            return document;
        } catch (JacksonException | java.time.format.DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not a readable consent document: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("the field '" + field + "' is missing");
        }
        return value.asString();
    }
}
