package uk.mappa.ledger.api.seed;

import java.io.IOException;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.body.RegisterBody;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Registers the bodies named in the source documents ({@code seed/bodies.json}) on every start: the register's
 * first load. Registration by the ledger itself is idempotent in the domain, so a body already registered, or
 * changed since by a register administrator, records nothing.
 */
@Component
@Order(0)
class RegisterSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterSeeder.class);
    static final String SEED_FILE = "seed/bodies.json";

    record SeedBody(String id, String name, BodyKind kind, String area) {
    }

    private final CommandGateway commands;
    private final JsonMapper json;

    RegisterSeeder(CommandGateway commands, JsonMapper json) {
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<SeedBody> bodies = SeedFiles.read(json, SEED_FILE, new TypeReference<List<SeedBody>>() { });
        for (SeedBody body : bodies) {
            try {
                commands.sendAndWait(new RegisterBody(new BodyId(body.id()), body.name(), body.kind(),
                        new MappaArea(body.area()), Actor.system()));
            } catch (RuleViolation conflict) {
                // A body registered earlier with other details keeps them; the register is not rewritten.
                LOG.warn("Seed entry {} not applied: {}", body.id(), conflict.detail());
            }
        }
        LOG.info("Register of bodies checked against {} ({} entries)", SEED_FILE, bodies.size());
    }
}
