package uk.mappa.ledger.api.seed;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AcceptAgreement;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementRegister;
import uk.mappa.ledger.core.agreement.DraftAgreement;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * On the embedded default, records the agreements of the source documents ({@code seed/agreements.json})
 * as drafted and accepted by every party on their effective date, so the ledger can be tried at once.
 * Real deployments record their own agreements through the API. An agreement already there is left alone.
 */
@Component
@Order(1)
class AgreementSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementSeeder.class);
    static final String SEED_FILE = "seed/agreements.json";

    record SeedAgreement(String key, AgreementKind kind, String title, List<String> parties, List<Category> categories,
                         List<LawfulBasis> lawfulBases, LocalDate effectiveFrom, LocalDate reviewDue, Period retention,
                         Boolean caseInformationNeedsArrangement, Map<String, String> signatoryRoles) {

        String signatoryRoleOf(String party) {
            return signatoryRoles.getOrDefault(party, signatoryRoles.get("default"));
        }
    }

    private final CommandGateway commands;
    private final AgreementRegister register;
    private final JsonMapper json;
    private final boolean enabled;

    AgreementSeeder(CommandGateway commands, AgreementRegister register, JsonMapper json, Environment environment) {
        this.commands = commands;
        this.register = register;
        this.json = json;
        String setting = environment.getProperty("ledger.seed.agreements", "");
        this.enabled = setting.isBlank()
                ? environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")
                : Boolean.parseBoolean(setting);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        List<SeedAgreement> agreements = SeedFiles.read(json, SEED_FILE, new TypeReference<List<SeedAgreement>>() { });
        Actor system = Actor.system();
        for (SeedAgreement seed : agreements) {
            AgreementId id = AgreementId.named(seed.key());
            if (register.find(id).isPresent()) {
                continue;
            }
            commands.sendAndWait(new DraftAgreement(id, seed.kind(), seed.title(),
                    seed.parties().stream().map(BodyId::new).toList(), seed.categories(), seed.lawfulBases(),
                    seed.effectiveFrom(), seed.reviewDue(), seed.retention(),
                    Boolean.TRUE.equals(seed.caseInformationNeedsArrangement()), system));
            for (String party : seed.parties()) {
                commands.sendAndWait(new AcceptAgreement(id, new BodyId(party), seed.signatoryRoleOf(party),
                        seed.effectiveFrom(), seed.effectiveFrom(), system));
            }
            LOG.info("Recorded seed agreement {} ({}) as {}", seed.key(), seed.title(), id);
        }
    }
}
