package uk.mappa.ledger.api.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.personal.AesGcm;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.core.review.CaseDigest;

/**
 * Turns a case reference into the keyed digest the ledger keeps instead (HMAC-SHA-256). The key is made once,
 * stored wrapped by the key-encryption key as subject keys are (and re-wrapped with them when the KEK is
 * rotated, so digests never change), and never leaves memory in clear: with the database alone nobody can test
 * guesses of a reference against the digests.
 */
@Component
public class CaseReferenceDigests implements InitializingBean {

    static final String NAME = "case-references";
    /** Bound into the wrapping, so this key cannot be swapped with a subject's. */
    private static final SubjectId WRAPPING_CONTEXT = new SubjectId(
            UUID.nameUUIDFromBytes(("ledger:" + NAME).getBytes(StandardCharsets.UTF_8)));

    private final JdbcTemplate jdbc;
    private final KeyEncryptionKeys keks;
    private final Clock clock;
    private volatile SecretKeySpec key;

    CaseReferenceDigests(JdbcTemplate jdbc, KeyEncryptionKeys keks, Clock clock) {
        this.jdbc = jdbc;
        this.keks = keks;
        this.clock = clock;
    }

    private record Stored(byte[] wrapped, String kekId) {
    }

    @Override
    public void afterPropertiesSet() {
        KeyEncryptionKeys.Kek current = keks.current();
        Stored stored = stored();
        if (stored == null) {
            try {
                jdbc.update("insert into case_reference_key (name, key_bytes, kek_id, created_at) values (?, ?, ?, ?)",
                        NAME, AesGcm.wrap(WRAPPING_CONTEXT, current.key(), AesGcm.newKey()), current.id(),
                        Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException anotherNodeMadeIt) {
                // then its key is the one
            }
            stored = stored();
        }
        byte[] clear = unwrap(stored);
        if (!stored.kekId().equals(current.id())) {
            jdbc.update("update case_reference_key set key_bytes = ?, kek_id = ? where name = ? and kek_id = ?",
                    AesGcm.wrap(WRAPPING_CONTEXT, current.key(), clear), current.id(), NAME, stored.kekId());
        }
        key = new SecretKeySpec(clear, "HmacSHA256");
    }

    /**
     * The digest of a reference as boards write it: case, surrounding space and runs of spaces do not matter, so
     * "SCR 2026/04" and " scr  2026/04" are the same case.
     */
    public CaseDigest digest(String reference) {
        String normalised = reference.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new CaseDigest(HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private Stored stored() {
        List<Stored> found = jdbc.query("select key_bytes, kek_id from case_reference_key where name = ?",
                (rs, row) -> new Stored(rs.getBytes(1), rs.getString(2)), NAME);
        return found.isEmpty() ? null : found.get(0);
    }

    private byte[] unwrap(Stored stored) {
        KeyEncryptionKeys.Kek kek = keks.byId(stored.kekId()).orElseThrow(() -> new IllegalStateException(
                "The case-reference key is wrapped by the key-encryption key " + stored.kekId() + ", which this"
                        + " ledger was not given: set it as LEDGER_PREVIOUS_KEK to rotate from it."));
        return AesGcm.unwrap(WRAPPING_CONTEXT, kek.key(), stored.wrapped());
    }
}
