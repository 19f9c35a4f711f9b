package org.ospo.summit.platform.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.security.Roles;

/**
 * What every operation of the suite has in common, written into each service's OpenAPI document after the
 * annotations are read, so that no resource has to repeat it and none can forget it:
 * <ul>
 * <li>every 4xx/5xx answer is {@code application/problem+json} with the {@link #PROBLEM} schema (an HTML page
 * answers in HTML, as documented);</li>
 * <li>what the platform answers for any resource is listed: 503 with {@code Retry-After} (the database or a
 * dependency briefly away) and 406 (an Accept it cannot answer) everywhere, 400 where there is input, 415 where there
 * is a body, 404 where {@code ?summit=} names no edition, 422 and 409 (with {@code Retry-After}) on signed-in writes
 * (an {@code Idempotency-Key} reused for another request, or retried while the first still runs);</li>
 * <li>a signed-in write takes an optional {@code Idempotency-Key} header and may answer with
 * {@code Idempotent-Replayed}; a 201 carries {@code Location};</li>
 * <li>security says the truth about the bearer scheme: an operation open to all has {@code security: []}; a role
 * is not an OAuth scope, so the requirement lists none and the roles go to {@code x-roles} and the description;</li>
 * <li>a response object lists every property it always writes as required: a property is left optional only if
 * it is nullable ({@code @Schema(nullable = true)}: null or absent). Schemas that are also request bodies keep the
 * required list of their validation annotations.</li>
 * </ul>
 * Registered for every service by {@code mp.openapi.filter} in the platform's configuration.
 */
public class OpenApiConventions implements OASFilter {
    public static final String PROBLEM = "Problem";
    public static final String VIOLATION = "Violation";
    public static final String ROLES = "x-roles";
    static final String REF = "#/components/schemas/";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema(VIOLATION, violationSchema());
        components.addSchema(
                Locales.SCHEMA,
                OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .enumeration(List.copyOf(Locales.SUPPORTED))
                        .description("the language the summit writes to this " + "person in")
                        .examples(List.of("zh-CN")));
        inlineScalars(api);
        if (api.getPaths() == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                    boolean write = WRITES.contains(method.name());
                    audience(method + " " + path, op);
                    security(op, write);
                    conditional(method.name(), op);
                    errors(op, write);
                    headers(op);
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> referenced(m.getSchema(), components, inRequests));
                    }
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> referenced(p.getSchema(), components, inRequests));
                    }
                    op.getResponses().getAPIResponses().values().stream()
                            .filter(r -> r.getContent() != null)
                            .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                            .forEach(m -> referenced(m.getSchema(), components, inResponses));
                }));
        Set<String> used = new HashSet<>(inRequests);
        used.addAll(inResponses);
        if (!used.contains(Locales.SCHEMA)) {
            components.removeSchema(Locales.SCHEMA); // a service with no locale field does not list it
        }
        inResponses.removeAll(inRequests);
        inResponses.removeAll(List.of(PROBLEM, VIOLATION)); // their required lists are their own
        inResponses.forEach(
                name -> requireAllButNullable(components.getSchemas().get(name)));
        if (components.getSchemas() != null) {
            components.getSchemas().values().stream()
                    .filter(s -> s.getProperties() != null)
                    .forEach(s -> s.getProperties().values().forEach(OpenApiConventions::admitNull));
        }
    }

    /**
     * Makes a nullable property admit null as JSON Schema 2020-12 reads it: an enum must list null among its values;
     * a component type comes out of the annotations as {@code anyOf: [{$ref}, {type: null}]} beside a
     * {@code type: object} that refuses the null again, so that type is widened.
     */
    private static void admitNull(Schema property) {
        if (property.getType() != null
                && property.getType().contains(SchemaType.NULL)
                && property.getEnumeration() != null
                && !property.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            property.setEnumeration(values);
        }
        if (property.getAnyOf() != null
                && property.getAnyOf().stream().anyMatch(OpenApiConventions::nullable)
                && property.getType() != null
                && !property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
    }

    /**
     * {@code UUID} and {@code OffsetDateTime} are strings with a format, not types of their own: the annotations make
     * them component schemas, which a generated client turns into aliases and, when nullable
     * ({@code anyOf: [{$ref}, {type: null}]}), loses the null. They are written inline instead
     * ({@code type: [string, null], format: uuid}).
     */
    private static void inlineScalars(OpenAPI api) {
        Map<String, String> formats = Map.of(REF + "UUID", "uuid", REF + "OffsetDateTime", "date-time");
        java.util.function.UnaryOperator<Schema> inline = new java.util.function.UnaryOperator<>() {
            @Override
            public Schema apply(Schema s) {
                if (s == null) {
                    return null;
                }
                String format = s.getRef() == null ? null : formats.get(s.getRef());
                if (format == null && s.getAnyOf() != null) {
                    format = s.getAnyOf().stream()
                            .map(b -> b.getRef() == null ? null : formats.get(b.getRef()))
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElse(null);
                    if (format != null) {
                        s.setAnyOf(null);
                        s.setType(List.of(SchemaType.STRING, SchemaType.NULL));
                    }
                }
                if (format != null) {
                    s.setRef(null);
                    if (s.getType() == null || s.getType().isEmpty()) {
                        s.setType(List.of(SchemaType.STRING));
                    }
                    s.setFormat(format);
                }
                if (s.getProperties() != null) {
                    new LinkedHashMap<>(s.getProperties()).forEach((name, p) -> s.addProperty(name, apply(p)));
                }
                s.setItems(apply(s.getItems()));
                s.setAllOf(
                        s.getAllOf() == null
                                ? null
                                : s.getAllOf().stream().map(this).toList());
                s.setAnyOf(
                        s.getAnyOf() == null
                                ? null
                                : s.getAnyOf().stream().map(this).toList());
                s.setOneOf(
                        s.getOneOf() == null
                                ? null
                                : s.getOneOf().stream().map(this).toList());
                return s;
            }
        };
        Components components = api.getComponents();
        if (components.getSchemas() != null) {
            formats.keySet().forEach(ref -> components.removeSchema(ref.substring(REF.length())));
            components.getSchemas().values().forEach(inline::apply);
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> p.setSchema(inline.apply(p.getSchema())));
                    }
                    List<Content> contents = new ArrayList<>();
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        contents.add(op.getRequestBody().getContent());
                    }
                    op.getResponses().getAPIResponses().values().stream()
                            .map(APIResponse::getContent)
                            .filter(java.util.Objects::nonNull)
                            .forEach(contents::add);
                    contents.stream()
                            .filter(c -> c.getMediaTypes() != null)
                            .flatMap(c -> c.getMediaTypes().values().stream())
                            .forEach(m -> m.setSchema(inline.apply(m.getSchema())));
                }));
    }

    /**
     * Every operation names exactly one {@link Audience}, the one its roles say (an operation open to all is for the
     * public, for invitees, or an organizer's sign-in); a resource that breaks this fails to start.
     */
    private static void audience(String name, Operation op) {
        List<String> tags = op.getTags() == null ? List.of() : op.getTags();
        if (tags.size() != 1 || !Audience.DESCRIPTIONS.containsKey(tags.get(0))) {
            throw new IllegalStateException(name + " must have exactly one audience tag (Audience.*), not " + tags);
        }
        Set<String> roles = new HashSet<>();
        if (op.getSecurity() != null) {
            op.getSecurity()
                    .forEach(r -> r.getSchemes()
                            .values()
                            .forEach(scopes -> roles.addAll(scopes == null ? List.of() : scopes)));
        }
        Set<String> fitting = roles.isEmpty()
                ? Set.of(Audience.PUBLIC, Audience.INVITEE, Audience.ORGANIZER)
                : roles.contains(Roles.ORGANIZER) && roles.size() == 1
                        ? Set.of(Audience.ORGANIZER)
                        : roles.contains(Roles.ATTENDEE) && roles.size() == 1
                                ? Set.of(Audience.ATTENDEE)
                                : Set.of(Audience.ORGANIZER, Audience.ATTENDEE);
        if (!fitting.contains(tags.get(0))) {
            throw new IllegalStateException(
                    name + " is tagged " + tags.get(0) + " but open to " + (roles.isEmpty() ? "everyone" : roles));
        }
    }

    private static void security(Operation op, boolean write) {
        List<SecurityRequirement> requirements = op.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            op.setSecurity(new ArrayList<>()); // open to everyone: say so
            return;
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> bare = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement scopeless = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                }
                scopeless.addScheme(scheme);
            });
            bare.add(scopeless);
        }
        op.setSecurity(bare);
        if (!roles.isEmpty()) {
            op.addExtension(ROLES, roles);
            String who = "Role: " + String.join(" or ", roles) + ".";
            op.setDescription(op.getDescription() == null ? who : who + " " + op.getDescription());
        }
        if (write) {
            op.addParameter(OASFactory.createParameter()
                    .name("Idempotency-Key")
                    .in(Parameter.In.HEADER)
                    .description("Optional; any 1–200 visible ASCII characters, e.g. a UUID. A retry with the same key "
                            + "and the same request gets the first answer again (with Idempotent-Replayed: true) "
                            + "without a second effect; the same key with another request is a 422.")
                    .schema(OASFactory.createSchema()
                            .addType(SchemaType.STRING)
                            .minLength(1)
                            .maxLength(200)
                            .pattern("^[!-~]+$"))
                    .example("5b0e8c9e-3c1f-4f4b-9a57-1c2d3e4f5a6b"));
            ok(op).forEach(r -> r.addHeader(
                    "Idempotent-Replayed",
                    OASFactory.createHeader()
                            .description("true when this is the stored answer to an earlier request with the same key")
                            .schema(OASFactory.createSchema()
                                    .addType(SchemaType.STRING)
                                    .enumeration(List.of("true")))));
        }
    }

    private static void errors(Operation op, boolean write) {
        APIResponses responses = op.getResponses();
        boolean input = op.getRequestBody() != null
                || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (input && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse(
                    "400",
                    OASFactory.createAPIResponse()
                            .description("Invalid input: `violations` name each field and what is wrong with it"));
        }
        if (!responses.hasAPIResponse("406")) {
            responses.addAPIResponse(
                    "406",
                    OASFactory.createAPIResponse()
                            .description("The Accept header names no media type this operation answers in"));
        }
        if (op.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse(
                    "415",
                    OASFactory.createAPIResponse()
                            .description("The body's Content-Type is not one this operation takes"));
        }
        if (op.getParameters() != null
                && op.getParameters().stream()
                        .anyMatch(p -> EditionQuery.PARAMETER.equals(p.getName()) && p.getIn() == Parameter.In.QUERY)
                && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().description("No such edition"));
        }
        if (write && op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            if (!responses.hasAPIResponse("422")) {
                responses.addAPIResponse(
                        "422",
                        OASFactory.createAPIResponse()
                                .description("This Idempotency-Key was used before for another request"));
            }
            if (!responses.hasAPIResponse("409")) {
                responses.addAPIResponse(
                        "409",
                        OASFactory.createAPIResponse()
                                .description(
                                        "A request with this Idempotency-Key is still running; retry after Retry-After"));
            }
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse(
                    "503",
                    OASFactory.createAPIResponse()
                            .description(
                                    "Briefly unavailable (the database or a service restarting); retry after Retry-After"));
        }
        responses.getAPIResponse("503").addHeader("Retry-After", retryAfter());
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.equals("default") || status.charAt(0) >= '4') && !page(response)) {
                Content content = OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(ref(PROBLEM)));
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    // examples written for the error (whatever media type the annotation gave) describe the problem
                    response.getContent().getMediaTypes().values().stream()
                            .map(MediaType::getExamples)
                            .filter(e -> e != null && !e.isEmpty())
                            .findFirst()
                            .ifPresent(e ->
                                    content.getMediaType(Problem.MEDIA_TYPE).setExamples(e));
                }
                response.setContent(content);
            }
        });
    }

    /** an answer documented as an HTML page (the invitation page's 404/410) stays one */
    private static boolean page(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty()
                && response.getContent().getMediaTypes().keySet().stream().allMatch(m -> m.startsWith("text/html"));
    }

    private static void headers(Operation op) {
        APIResponse created = op.getResponses().getAPIResponse("201");
        if (created != null) {
            created.addHeader(
                    "Location",
                    OASFactory.createHeader()
                            .required(true)
                            .description("the new resource's URL")
                            .schema(OASFactory.createSchema()
                                    .addType(SchemaType.STRING)
                                    .format("uri")));
        }
    }

    /**
     * Entity tags (EntityTags, ConditionalReads): a JSON read answers ETag and 304 for If-None-Match; a page answers
     * Link; a PUT takes If-Match (412 when stale) and answers the new ETag.
     */
    private static void conditional(String method, Operation op) {
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        boolean json = ok.getContent() != null
                && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().keySet().stream().anyMatch(m -> m.contains("json"));
        if ("GET".equals(method) && json) {
            addHeader(
                    ok, "ETag", "the representation's tag; send it in If-None-Match to get 304 while it is unchanged");
            if (!hasParameter(op, "If-None-Match")) {
                op.addParameter(OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description("the ETag of the representation you hold: 304 without a body while it is current")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
            if (!op.getResponses().hasAPIResponse("304")) {
                op.getResponses()
                        .addAPIResponse(
                                "304",
                                OASFactory.createAPIResponse()
                                        .description(
                                                "Not modified: the representation If-None-Match names is current (no body)")
                                        .addHeader(
                                                "ETag",
                                                OASFactory.createHeader()
                                                        .schema(OASFactory.createSchema()
                                                                .addType(SchemaType.STRING))));
            }
            if (hasParameter(op, "page")) {
                addHeader(
                        ok,
                        "Link",
                        "RFC 8288 links to the first, prev, next and last pages (prev and next left "
                                + "out at the ends), e.g. </api/invitations?size=20&page=1>; rel=\"next\"");
            }
        }
        if ("PUT".equals(method)) {
            String description = "Optional: the ETag of the representation you edited. When the resource changed "
                    + "since, the answer is 412 and nothing is saved; without it, the last write wins.";
            if (hasParameter(op, "If-Match")) {
                op.getParameters().stream()
                        .filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
                        .forEach(p -> p.description(description));
            } else {
                op.addParameter(OASFactory.createParameter()
                        .name("If-Match")
                        .in(Parameter.In.HEADER)
                        .description(description)
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
            addHeader(ok, "ETag", "the tag of what was saved: the If-Match of the next edit");
            if (!op.getResponses().hasAPIResponse("412")) {
                op.getResponses()
                        .addAPIResponse(
                                "412",
                                OASFactory.createAPIResponse()
                                        .description(
                                                "If-Match names a "
                                                        + "version that is no longer current (currentETag gives the current one); read it again"));
            }
        }
    }

    private static boolean hasParameter(Operation op, String name) {
        return op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static void addHeader(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(
                    name,
                    OASFactory.createHeader()
                            .description(description)
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
    }

    private static List<APIResponse> ok(Operation op) {
        List<APIResponse> answers = new ArrayList<>();
        op.getResponses().getAPIResponses().forEach((status, r) -> {
            if (status.charAt(0) == '2') {
                answers.add(r);
            }
        });
        return answers;
    }

    private static Header retryAfter() {
        return OASFactory.createHeader()
                .required(true)
                .description("seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    /** the names of the component schemas {@code schema} uses, directly or through other component schemas */
    private static void referenced(Schema schema, Components components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
            String name = schema.getRef().substring(REF.length());
            if (names.add(name) && components.getSchemas() != null) {
                referenced(components.getSchemas().get(name), components, names);
            }
        }
        List<Schema> nested = new ArrayList<>();
        if (schema.getProperties() != null) {
            nested.addAll(schema.getProperties().values());
        }
        nested.add(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            nested.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group : new ArrayList<List<Schema>>(
                java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (group != null) {
                nested.addAll(group);
            }
        }
        nested.forEach(s -> referenced(s, components, names));
    }

    /** a response object: what it always writes is required; nullable properties may be null or left out */
    private static void requireAllButNullable(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        List<String> required = new ArrayList<>();
        properties.forEach((name, property) -> {
            if (!nullable(property)) {
                required.add(name);
            }
        });
        schema.setRequired(required.isEmpty() ? null : required);
    }

    static boolean nullable(Schema property) {
        if (property.getType() != null && property.getType().contains(SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> group : java.util.Arrays.asList(property.getAnyOf(), property.getOneOf())) {
            if (group != null && group.stream().anyMatch(OpenApiConventions::nullable)) {
                return true;
            }
        }
        return false;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error. Clients switch on `type`. Members "
                        + "beyond the standard ones carry what a client needs to act: `violations` of invalid input, "
                        + "`summitId` and `edition` of a past edition, `clashingSessionId` of a double booking, "
                        + "`currentETag` of a stale If-Match, `errorId` of an internal error.")
                .required(List.of("type", "title", "status", "requestId"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uri-reference")
                                .enumeration(Arrays.stream(ProblemType.values())
                                        .map(t -> (Object) t.uri())
                                        .toList())
                                .description(
                                        "what went wrong, as a stable identifier; GET it for a page that says what it "
                                                + "means and what to do (GET /problems lists them all)")
                                .examples(List.of("/problems/validation")))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description("a short, human summary of the type")
                                .examples(List.of("Invalid input")))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599))
                                .description("the HTTP status, repeated"))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description("what happened this time, in words for a person")
                                .examples(List.of("email: must be a well-formed email address")))
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .format("uri-reference")
                                .description("the request's path"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .items(ref(VIOLATION))
                                .description("one per invalid field (400 only)"))
                .addProperty(
                        "requestId",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description(
                                        "the X-Request-Id of the request (the client's, when it sent a sane one), to "
                                                + "quote to the organizers"));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .description(
                                        "the JSON path of the input (`criteria[0]`, `email`) or the parameter's name")
                                .examples(List.of("email")))
                .addProperty(
                        "message",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .examples(List.of("must be a well-formed email address")));
    }
}
