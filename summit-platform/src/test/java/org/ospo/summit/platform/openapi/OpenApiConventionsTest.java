package org.ospo.summit.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.problem.Problem;

/** What {@link OpenApiConventions} writes into a service's document, on a document of two operations. */
class OpenApiConventionsTest {

    private static OpenAPI document(String createTag) {
        Schema view = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addProperty("id", OpenApiConventions.ref("UUID"))
                .addProperty(
                        "at",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .addType(SchemaType.NULL)
                                .anyOf(List.of(
                                        OpenApiConventions.ref("OffsetDateTime"),
                                        OASFactory.createSchema().addType(SchemaType.NULL))))
                .addProperty(
                        "note",
                        OASFactory.createSchema().addType(SchemaType.STRING).addType(SchemaType.NULL))
                .addProperty(
                        "prep",
                        OASFactory.createSchema()
                                .addType(SchemaType.OBJECT)
                                .addType(SchemaType.NULL)
                                .anyOf(List.of(
                                        OpenApiConventions.ref("Prep"),
                                        OASFactory.createSchema().addType(SchemaType.NULL))))
                .addProperty(
                        "kind",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .addType(SchemaType.NULL)
                                .enumeration(List.of("A", "B")));
        Operation list = OASFactory.createOperation()
                .operationId("listThings")
                .addTag(Audience.PUBLIC)
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse()
                                        .description("ok")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(OpenApiConventions.ref("View"))))));
        Operation create = OASFactory.createOperation()
                .operationId("createThing")
                .addTag(createTag)
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", "organizer"))
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .addType(SchemaType.OBJECT)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("taken")));
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("View", view)
                        .addSchema("Prep", OASFactory.createSchema().addType(SchemaType.OBJECT))
                        .addSchema(
                                "UUID",
                                OASFactory.createSchema()
                                        .addType(SchemaType.STRING)
                                        .format("uuid"))
                        .addSchema(
                                "OffsetDateTime",
                                OASFactory.createSchema()
                                        .addType(SchemaType.STRING)
                                        .format("date-time")))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/things",
                                OASFactory.createPathItem().GET(list).POST(create)));
    }

    @Test
    void publicAndSignedInOperationsSayWhoMayCallThem() {
        OpenAPI api = document(Audience.ORGANIZER);
        new OpenApiConventions().filterOpenAPI(api);
        Operation list = api.getPaths().getPathItem("/api/things").getGET();
        Operation create = api.getPaths().getPathItem("/api/things").getPOST();
        assertEquals(List.of(), list.getSecurity(), "security: [] on a public operation");
        assertEquals(List.of(), create.getSecurity().get(0).getScheme("bearer"), "a role is not a scope");
        assertEquals(List.of("organizer"), create.getExtensions().get(OpenApiConventions.ROLES));
        assertTrue(create.getDescription().startsWith("Role: organizer."));
        assertTrue(create.getParameters().stream().anyMatch(p -> p.getName().equals("Idempotency-Key")));
        assertTrue(
                list.getParameters().stream().noneMatch(p -> p.getName().equals("Idempotency-Key")),
                "no key on an anonymous read");
        // a JSON read is tagged: ETag on 200, If-None-Match taken, 304 documented
        assertTrue(list.getParameters().stream().anyMatch(p -> p.getName().equals("If-None-Match")));
        assertTrue(list.getResponses().getAPIResponse("200").getHeaders().containsKey("ETag"));
        assertTrue(list.getResponses().hasAPIResponse("304"));
    }

    @Test
    void everyErrorIsAProblemAndTheProtocolHeadersAreDeclared() {
        OpenAPI api = document(Audience.ORGANIZER);
        new OpenApiConventions().filterOpenAPI(api);
        Operation create = api.getPaths().getPathItem("/api/things").getPOST();
        for (String status : List.of("400", "406", "409", "415", "422", "503")) {
            assertNotNull(create.getResponses().getAPIResponse(status), status);
            assertEquals(
                    "#/components/schemas/Problem",
                    create.getResponses()
                            .getAPIResponse(status)
                            .getContent()
                            .getMediaType(Problem.MEDIA_TYPE)
                            .getSchema()
                            .getRef(),
                    status);
        }
        assertTrue(create.getResponses()
                .getAPIResponse("503")
                .getHeaders()
                .get("Retry-After")
                .getRequired());
        assertTrue(create.getResponses()
                .getAPIResponse("201")
                .getHeaders()
                .get("Location")
                .getRequired());
        assertNotNull(api.getComponents().getSchemas().get(OpenApiConventions.PROBLEM));
        Operation list = api.getPaths().getPathItem("/api/things").getGET();
        assertFalse(list.getResponses().hasAPIResponse("415"), "no body, no 415");
    }

    @Test
    void aResponseObjectRequiresWhatItAlwaysWrites() {
        OpenAPI api = document(Audience.ORGANIZER);
        new OpenApiConventions().filterOpenAPI(api);
        Schema view = api.getComponents().getSchemas().get("View");
        assertEquals(List.of("id"), view.getRequired(), "note, at, prep and kind may be null, id is always written");
        assertEquals("uuid", view.getProperties().get("id").getFormat(), "a UUID is a string with a format");
        assertEquals(null, view.getProperties().get("id").getRef());
        Schema at = view.getProperties().get("at");
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), at.getType(), "nullable, without an anyOf");
        assertEquals("date-time", at.getFormat());
        assertEquals(null, at.getAnyOf());
        assertFalse(api.getComponents().getSchemas().containsKey("UUID"));
        assertTrue(view.getProperties().get("kind").getEnumeration().contains(null), "a nullable enum lists null");
    }

    @Test
    void anOperationTaggedForAnotherAudienceStopsTheService() {
        IllegalStateException wrong = assertThrows(
                IllegalStateException.class, () -> new OpenApiConventions().filterOpenAPI(document(Audience.ATTENDEE)));
        assertTrue(wrong.getMessage().contains("POST /api/things"), wrong.getMessage());
    }
}
