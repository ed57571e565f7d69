package uk.mappa.ledger.core.body;

/** What the domain needs to know about a registered body when it decides. */
public record RegisteredBody(BodyId id, String name, BodyKind kind, MappaArea area) {
}
