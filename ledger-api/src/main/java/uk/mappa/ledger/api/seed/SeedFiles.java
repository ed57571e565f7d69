package uk.mappa.ledger.api.seed;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a seed file of the source documents from the classpath: a JSON array of entries. */
final class SeedFiles {

    private SeedFiles() {
    }

    static <T> List<T> read(JsonMapper json, String file, TypeReference<List<T>> type) throws IOException {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return json.readValue(in, type);
        }
    }
}
