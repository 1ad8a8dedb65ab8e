package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON schema of the IEA Wind Task 43 WRA data model, which every station document must meet. */
public final class StationSchema {
    /** The data model release of the schema, written as the {@code version} of exported documents. */
    public static final String VERSION = "1.3.0-2024.03";
    private static final String RESOURCE = "/task43/iea43_wra_data_model.schema.json";
    private static final Schema SCHEMA = load();

    private StationSchema() {
    }

    /** Each violation as {@code $.path.in.document: message}; empty when the document is valid. */
    public static List<String> violations(JsonNode document) {
        List<Error> errors = SCHEMA.validate(document);
        return errors.stream().map(StationSchema::describe).toList();
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String path = error.getInstanceLocation().toString();
        // The message starts with the path already in most validators' wording; say it once.
        return message.startsWith(path) ? message : path + ": " + message;
    }

    private static Schema load() {
        try (InputStream in = StationSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            // Formats are annotations only, as draft-07 has them: the data model's date-times carry no zone (they are
            // in the logger's, its own examples show), which an RFC 3339 check would refuse. Paths read $.a[0].b.
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false)
                    .pathType(PathType.JSON_PATH).build();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    registry -> registry.schemaRegistryConfig(config)).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
