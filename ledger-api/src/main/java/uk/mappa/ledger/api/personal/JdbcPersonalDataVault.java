package uk.mappa.ledger.api.personal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.AesGcm;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SubjectId;

/**
 * Subject keys in their own table, written in the same transaction as the events that use them, and
 * deleted on erasure. They are never in the event store, so its backups carry no readable personal data.
 */
@Component
class JdbcPersonalDataVault implements PersonalDataVault {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcPersonalDataVault(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public SubjectId newSubject(BodyId owner) {
        SubjectId subject = new SubjectId(UUID.randomUUID());
        jdbc.update("insert into subject_key (subject_id, owner_body_id, key_bytes, created_at) values (?, ?, ?, ?)",
                subject.value(), owner.value(), AesGcm.newKey(), Timestamp.from(clock.instant()));
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
        return jdbc.query("select key_bytes from subject_key where subject_id = ?", (rs, row) -> rs.getBytes(1),
                subject.value()).stream().findFirst();
    }
}
