package uk.mappa.ledger.projections.register;

import java.time.Instant;

/** A body as the register shows it. */
public record BodyView(String id, String name, String kind, String mappaArea, Instant registeredAt) {
}
