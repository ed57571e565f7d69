package uk.mappa.ledger.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import uk.mappa.ledger.verify.OwnerOnly;

/**
 * Before the embedded H2 database opens its files: makes their folder readable by the ledger's own
 * account only and takes files left from earlier runs back to that account (the database holds
 * children's data); and makes every commit reach the file before it is acknowledged. H2 otherwise writes
 * commits up to half a second later, so a ledger killed in that time lost shares it had answered
 * {@code 201} for; {@code WRITE_DELAY=0} is added to the URL, and a URL that asks for a delay is refused.
 * Registered in {@code META-INF/spring.factories}, because it must run before any bean (the data source
 * among them) exists.
 */
public class EmbeddedDatabaseFiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String URL = "spring.datasource.url";
    private static final Pattern WRITE_DELAY = Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String url = environment.getProperty(URL, "");
        EmbeddedDatabase.file(url).ifPresent(database -> {
            environment.getPropertySources().addFirst(new MapPropertySource("ledger-durable-h2",
                    Map.of(URL, durable(url))));
            try {
                Path folder = database.toAbsolutePath().getParent();
                OwnerOnly.folder(folder);
                String name = database.getFileName().toString();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + ".*")) {
                    for (Path file : files) {
                        OwnerOnly.restrict(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot protect the embedded database's folder", e);
            }
        });
    }

    /** The URL with commits written before they are acknowledged. */
    static String durable(String url) {
        Matcher delay = WRITE_DELAY.matcher(url);
        if (!delay.find()) {
            return url + ";WRITE_DELAY=0";
        }
        if (Long.parseLong(delay.group(1)) != 0) {
            throw new IllegalStateException("The embedded database URL asks H2 to write commits late (WRITE_DELAY="
                    + delay.group(1) + "): a share the ledger acknowledged could be lost in a crash. Remove the"
                    + " setting or set WRITE_DELAY=0.");
        }
        return url;
    }
}
