package uk.mappa.ledger.core.body;

import java.util.Objects;

/**
 * What the domain needs to know about a registered body when it decides.
 *
 * @param status    whether it still takes part in sharing
 * @param successor for a merged body, the body it was merged into; otherwise null
 */
public record RegisteredBody(BodyId id, String name, BodyKind kind, MappaArea area, BodyStatus status,
                             BodyId successor) {

    public RegisteredBody {
        Objects.requireNonNull(status, "status");
    }

    /** A body as it is when first registered. */
    public RegisteredBody(BodyId id, String name, BodyKind kind, MappaArea area) {
        this(id, name, kind, area, BodyStatus.ACTIVE, null);
    }

    /** True while the body may share and receive: neither closed nor merged into another. */
    public boolean isOpen() {
        return status == BodyStatus.ACTIVE;
    }

    /** The register entry after one more event about this body; {@code current} is null before it was registered. */
    public static RegisteredBody evolve(RegisteredBody current, BodyEvent event) {
        if (event instanceof BodyRegistered registered) {
            return new RegisteredBody(registered.bodyId(), registered.name(), registered.kind(), registered.area());
        }
        if (event instanceof BodyRenamed renamed) {
            return new RegisteredBody(current.id, renamed.name(), renamed.kind(), current.area, current.status,
                    current.successor);
        }
        if (event instanceof BodyMerged merged) {
            return new RegisteredBody(current.id, current.name, current.kind, current.area, BodyStatus.MERGED,
                    merged.into());
        }
        return new RegisteredBody(current.id, current.name, current.kind, current.area, BodyStatus.CLOSED, null);
    }
}
