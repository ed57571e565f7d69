package uk.mappa.ledger.core.personal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.mappa.ledger.core.body.BodyId;

/** The vault with its keys in memory: real AES-GCM, for tests of what the domain seals and erases. */
public final class InMemoryVault implements PersonalDataVault {

    private record Key(byte[] bytes, BodyId owner) {
    }

    private final Map<SubjectId, Key> keys = new HashMap<>();

    @Override
    public SubjectId newSubject(BodyId owner) {
        SubjectId subject = new SubjectId(UUID.randomUUID());
        keys.put(subject, new Key(AesGcm.newKey(), owner));
        return subject;
    }

    @Override
    public Sealed seal(SubjectId subject, String clear) {
        return AesGcm.seal(subject, keys.get(subject).bytes(), clear);
    }

    @Override
    public Optional<String> open(Sealed value) {
        Key key = keys.get(value.subject());
        return key == null ? Optional.empty() : Optional.of(AesGcm.open(value, key.bytes()));
    }

    @Override
    public Optional<BodyId> owner(SubjectId subject) {
        return Optional.ofNullable(keys.get(subject)).map(Key::owner);
    }

    @Override
    public boolean destroy(SubjectId subject) {
        return keys.remove(subject) != null;
    }
}
