package uk.mappa.ledger.core.body;

import java.util.Optional;

/**
 * The register of bodies as command handlers see it. Command handlers receive it as a parameter so
 * that rules such as "every recipient is registered" are checked against the ledger's own history.
 */
@FunctionalInterface
public interface BodyRegister {

    Optional<RegisteredBody> find(BodyId id);
}
