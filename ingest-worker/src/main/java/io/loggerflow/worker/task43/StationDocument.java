package io.loggerflow.worker.task43;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A station document read from a file: well-formed JSON that meets the schema, or a {@link StationDocumentException}. */
public final class StationDocument {
    static final ObjectMapper JSON = new ObjectMapper();

    private StationDocument() {
    }

    public static JsonNode read(Path file) throws IOException {
        return parse(Files.readString(file), file.getFileName().toString());
    }

    static JsonNode parse(String text, String name) {
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new StationDocumentException(name, List.of("not valid JSON at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": " + e.getOriginalMessage()));
        }
        if (document == null || !document.isObject()) {
            throw new StationDocumentException(name, List.of("$: a station document is a JSON object"));
        }
        List<String> violations = StationSchema.violations(document);
        if (!violations.isEmpty()) {
            throw new StationDocumentException(name, violations);
        }
        return document;
    }
}
