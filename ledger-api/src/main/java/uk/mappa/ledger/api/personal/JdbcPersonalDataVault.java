package uk.mappa.ledger.api.personal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.AesGcm;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SubjectId;

/**
 * Subject keys in their own table, written in the same transaction as the events that use them, and
 * deleted on erasure. They are never in the event store, and they are stored wrapped (AES-GCM, bound to the
 * subject) by a key-encryption key the database never holds, so neither the event store's backups nor a
 * copy of the whole database open any personal data. At start-up, keys wrapped by the KEK being rotated
 * out (or written before wrapping) are re-wrapped under the current one; events are not touched.
 */
@Component
class JdbcPersonalDataVault implements PersonalDataVault, InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPersonalDataVault.class);

    private final JdbcTemplate jdbc;
    private final KeyEncryptionKeys keks;
    private final Clock clock;

    JdbcPersonalDataVault(JdbcTemplate jdbc, KeyEncryptionKeys keks, Clock clock) {
        this.jdbc = jdbc;
        this.keks = keks;
        this.clock = clock;
    }

    /** A stored key and the id of the KEK that wrapped it (null: written before wrapping, in clear). */
    private record StoredKey(SubjectId subject, byte[] bytes, String kekId) {
    }

    @Override
    public void afterPropertiesSet() {
        KeyEncryptionKeys.Kek current = keks.current();
        List<StoredKey> others = jdbc.query("select subject_id, key_bytes, kek_id from subject_key"
                + " where kek_id is null or kek_id <> ?", (rs, row) -> stored(rs), current.id());
        for (StoredKey stored : others) {
            byte[] wrapped = AesGcm.wrap(stored.subject(), current.key(), unwrap(stored));
            // Only if no other node re-wrapped it meanwhile.
            if (stored.kekId() == null) {
                jdbc.update("update subject_key set key_bytes = ?, kek_id = ? where subject_id = ? and kek_id is null",
                        wrapped, current.id(), stored.subject().value());
            } else {
                jdbc.update("update subject_key set key_bytes = ?, kek_id = ? where subject_id = ? and kek_id = ?",
                        wrapped, current.id(), stored.subject().value(), stored.kekId());
            }
        }
        if (!others.isEmpty()) {
            LOG.info("Re-wrapped {} subject keys under the key-encryption key {}", others.size(), current.id());
        }
    }

    @Override
    public SubjectId newSubject(BodyId owner) {
        SubjectId subject = new SubjectId(UUID.randomUUID());
        KeyEncryptionKeys.Kek kek = keks.current();
        jdbc.update("insert into subject_key (subject_id, owner_body_id, key_bytes, kek_id, created_at)"
                        + " values (?, ?, ?, ?, ?)", subject.value(), owner.value(),
                AesGcm.wrap(subject, kek.key(), AesGcm.newKey()), kek.id(), Timestamp.from(clock.instant()));
        return subject;
    }
    @Override
    public Sealed seal(SubjectId subject, String clear) {
        return AesGcm.seal(subject, key(subject).orElseThrow(() -> new IllegalStateException(
                "Subject " + subject + " has no key: it was erased")), clear);
    }

    @Override
    public Optional<String> open(Sealed value) {
        return key(value.subject()).map(key -> AesGcm.open(value, key));
    }

    @Override
    public Optional<BodyId> owner(SubjectId subject) {
        return jdbc.query("select owner_body_id from subject_key where subject_id = ?",
                (rs, row) -> new BodyId(rs.getString(1)), subject.value()).stream().findFirst();
    }

    @Override
    public boolean destroy(SubjectId subject) {
        return jdbc.update("delete from subject_key where subject_id = ?", subject.value()) == 1;
    }

    private Optional<byte[]> key(SubjectId subject) {
        return jdbc.query("select subject_id, key_bytes, kek_id from subject_key where subject_id = ?",
                (rs, row) -> stored(rs), subject.value()).stream().findFirst().map(this::unwrap);
    }

    private byte[] unwrap(StoredKey stored) {
        if (stored.kekId() == null) {
            return stored.bytes();
        }
        KeyEncryptionKeys.Kek kek = keks.byId(stored.kekId()).orElseThrow(() -> new IllegalStateException(
                "The key of subject " + stored.subject() + " is wrapped by the key-encryption key " + stored.kekId()
                        + ", which this ledger was not given: set it as LEDGER_PREVIOUS_KEK to rotate from it."));
        return AesGcm.unwrap(stored.subject(), kek.key(), stored.bytes());
    }

    private static StoredKey stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredKey(new SubjectId(UUID.fromString(rs.getString(1))), rs.getBytes(2), rs.getString(3));
    }
}
