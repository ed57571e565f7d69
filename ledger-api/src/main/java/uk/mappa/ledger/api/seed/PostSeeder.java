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
import uk.mappa.ledger.core.contact.ContactRole;
import uk.mappa.ledger.core.contact.PostCommands.EstablishPost;
import uk.mappa.ledger.core.contact.PostId;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Establishes the posts the source documents name ({@code seed/posts.json}: roles, never the names of the people
 * in them) on every start, after the register. Each has a stable id, and establishing a post again records
 * nothing; who holds them is for each body to record.
 */
@Component
@Order(2)
class PostSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PostSeeder.class);
    static final String SEED_FILE = "seed/posts.json";

    record SeedPost(String body, ContactRole role, String forBody, String title) {

        PostId id() {
            return PostId.named(body + "/" + role + "/" + forBody + "/" + title);
        }
    }

    private final CommandGateway commands;
    private final JsonMapper json;

    PostSeeder(CommandGateway commands, JsonMapper json) {
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<SeedPost> posts = SeedFiles.read(json, SEED_FILE, new TypeReference<List<SeedPost>>() { });
        for (SeedPost post : posts) {
            try {
                commands.sendAndWait(new EstablishPost(post.id(), new BodyId(post.body()), post.role(),
                        post.forBody() == null ? null : new BodyId(post.forBody()), post.title(), Actor.system()));
            } catch (RuleViolation refused) {
                // A body closed or changed since keeps its register; the seed does not rewrite it.
                LOG.warn("Seed post {} of {} not applied: {}", post.role(), post.body(), refused.detail());
            }
        }
        LOG.info("Posts checked against {} ({} entries)", SEED_FILE, posts.size());
    }
}
