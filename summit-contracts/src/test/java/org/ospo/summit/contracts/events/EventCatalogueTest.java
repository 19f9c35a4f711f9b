package org.ospo.summit.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeps the payload records, their JSON Schemas and the AsyncAPI document in step. */
class EventCatalogueTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesExactlyTheRecordFields(EventType type) throws Exception {
        JsonNode schema = readSchema(type);
        assertEquals(type.type(), schema.get("title").asText());
        Set<String> schemaFields = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> recordFields = Arrays.stream(type.payloadType().getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                recordFields, schemaFields, "fields of " + type.payloadType().getSimpleName());
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertTrue(recordFields.containsAll(required), "required fields exist in the record");
        assertTrue(required.contains("summitId"), type.type() + " requires summitId (every event names its edition)");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void asyncApiListsEveryType(EventType type) throws Exception {
        try (InputStream in = resource("META-INF/summit-events/asyncapi.yaml")) {
            String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(doc.contains("name: " + type.type()), type.type() + " in asyncapi.yaml");
            assertTrue(doc.contains("address: " + type.topic()), type.topic() + " in asyncapi.yaml");
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeLookupRoundTrips(EventType type) {
        assertEquals(type, EventType.fromType(type.type()).orElseThrow());
    }

    private static JsonNode readSchema(EventType type) throws Exception {
        try (InputStream in = resource(type.schemaResource())) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventCatalogueTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name);
        return in;
    }
}
