package uk.mappa.ledger.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import uk.mappa.ledger.core.review.CaseDigest;

/**
 * Case references become keyed digests under a key kept wrapped by the KEK: the same case always gives the same
 * digest, across restarts and KEK rotations, and the database alone gives nobody the key.
 */
class CaseReferenceDigestsTest {

    static final SecureRandom RANDOM = new SecureRandom();
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:digests-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(database);
        jdbc.execute("create table case_reference_key (name varchar(64) not null primary key, key_bytes varbinary(256)"
                + " not null, kek_id varchar(16) not null, created_at timestamp with time zone not null)");
    }

    static String newKek() {
        byte[] key = new byte[KeyEncryptionKeys.KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    CaseReferenceDigests digests(String kek, String previousKek) {
        KeyEncryptionKeys keks = new KeyEncryptionKeys(new PersonalDataProperties(kek, null, null, null,
                Path.of("target", "unused-kek"), previousKek),
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/ledger"));
        CaseReferenceDigests digests = new CaseReferenceDigests(jdbc, keks, Clock.systemUTC());
        digests.afterPropertiesSet();
        return digests;
    }

    @Test
    void theSameCaseGivesTheSameDigestWhateverItsCaseOrSpacing() {
        CaseReferenceDigests digests = digests(newKek(), null);
        CaseDigest digest = digests.digest("KN/SCR/2026/01");
        assertThat(digests.digest("  kn/scr/2026/01 ")).isEqualTo(digest);
        assertThat(digests.digest("KN / SCR")).isEqualTo(digests.digest("kn  /  scr"));
        assertThat(digests.digest("KN/SCR/2026/02")).isNotEqualTo(digest);
        assertThat(digest.hex()).doesNotContain("KN").hasSize(64);
    }

    @Test
    void theKeySurvivesARestartAndARotationOfTheKek() {
        String kek = newKek();
        CaseDigest first = digests(kek, null).digest("KN/SCR/2026/01");
        assertThat(digests(kek, null).digest("KN/SCR/2026/01")).isEqualTo(first);

        String rotated = newKek();
        assertThat(digests(rotated, kek).digest("KN/SCR/2026/01")).isEqualTo(first);
        assertThat(digests(rotated, null).digest("KN/SCR/2026/01")).as("re-wrapped under the new KEK").isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from case_reference_key", Integer.class)).isEqualTo(1);
    }

    @Test
    void anotherLedgersKekOpensNoKeyAndADifferentKeyGivesOtherDigests() {
        CaseDigest first = digests(newKek(), null).digest("KN/SCR/2026/01");
        assertThatThrownBy(() -> digests(newKek(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEDGER_PREVIOUS_KEK");
        setUp();
        assertThat(digests(newKek(), null).digest("KN/SCR/2026/01")).isNotEqualTo(first);
    }
}
