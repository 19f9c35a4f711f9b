package org.ospo.summit.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.contracts.security.Redaction;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.text.ControlCharacters;
import org.ospo.summit.platform.text.TextInput;

/**
 * Every error leaves a service as problem+json. Client mistakes are 4xx (never 5xx); only the last mapper,
 * for what nobody expected, answers 500, and it logs the cause under an id that the body names.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status());
        e.retryAfterSeconds().ifPresent(seconds -> response.header("Retry-After", seconds));
        return ProblemResponses.build(response, e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonFormat(InvalidFormatException e, UriInfo uri) {
        return invalidField(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return invalidField(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return invalidField(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformed("The body is not valid JSON: " + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                ProblemType.FORBIDDEN, 403, "Your token does not grant access to this resource", path(uri), null));
    }

    /** a body this operation does not take: said in the request's terms, not the framework's */
    @ServerExceptionMapper
    public Response unsupportedMediaType(jakarta.ws.rs.NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return respond(new Problem(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                415,
                (sent == null
                                ? "The request has no Content-Type"
                                : "The request's Content-Type " + sent + " is not one this " + "operation takes")
                        + "; its requestBody in the OpenAPI document (/q/openapi) lists what it "
                        + "takes, usually application/json",
                path(uri),
                null));
    }

    /** no answer in a media type the client accepts: said in the request's terms */
    @ServerExceptionMapper
    public Response notAcceptable(jakarta.ws.rs.NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(
                ProblemType.NOT_ACCEPTABLE,
                406,
                "None of the media types in the "
                        + "request's Accept header (" + headers.getHeaderString(HttpHeaders.ACCEPT) + ") is one this "
                        + "operation answers in; its responses in the OpenAPI document (/q/openapi) list them",
                path(uri),
                null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return invalidField(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder builder =
                Response.fromResponse(e.getResponse()).entity(null);
        return ProblemResponses.build(
                builder, new Problem(ProblemType.forStatus(status), status, e.getMessage(), path(uri), null));
    }

    /** A unique constraint the service did not anticipate: still the client's duplicate, so 409, not 500. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (DbErrors.isUniqueViolation(e)) {
            return respond(new Problem(
                    ProblemType.CONFLICT, 409, "This would duplicate something that exists", path(uri), null));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DbErrors.isUnstorableText(e)) {
            // text PostgreSQL cannot store that slipped past validation (a NUL, bytes that are not UTF-8): the client's
            return malformed("The request contains characters that cannot be stored", uri);
        }
        if (DbErrors.isUnavailable(e)) {
            // the database restarting or out of reach: not a bug, and the same request will do once it is back
            LOG.warnf("database unavailable on %s: %s", Redaction.path(path(uri)), e.toString());
            return ProblemResponses.build(
                    Response.status(503).header(HttpHeaders.RETRY_AFTER, Problem.RETRY_AFTER_UNAVAILABLE),
                    new Problem(
                            ProblemType.SERVICE_UNAVAILABLE,
                            503,
                            "The service's database is briefly unavailable; retry shortly",
                            path(uri),
                            null));
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", id, Redaction.path(path(uri)));
        return respond(new Problem(
                        ProblemType.INTERNAL,
                        500,
                        "Something went wrong on our side; quote error id " + id,
                        path(uri),
                        null)
                .with("errorId", id));
    }

    private Response violations(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ViolationPaths::isReturnValue);
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.Violation> list = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(ViolationPaths.field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(
                new Problem(ProblemType.VALIDATION, 400, list.size() + " field(s) failed validation", path(uri), list));
    }

    private Response invalidField(JsonMappingException e, UriInfo uri) {
        String field = ViolationPaths.jsonPath(e.getPath());
        if (field.isEmpty()) {
            // said in the request's own terms: Jackson's message would name the server's Java classes
            return malformed(
                    "The body does not have the expected shape: this operation takes "
                            + (e instanceof MismatchedInputException m
                                            && m.getTargetType() != null
                                            && (m.getTargetType().isArray()
                                                    || java.util.Collection.class.isAssignableFrom(m.getTargetType()))
                                    ? "a JSON array"
                                    : "a JSON object")
                            + " (see its schema in /q/openapi)",
                    uri);
        }
        String message = e instanceof TextInput.ControlCharacterException
                ? ControlCharacters.MESSAGE
                : e instanceof InvalidFormatException f
                                && f.getTargetType() != null
                                && f.getTargetType().isEnum()
                        ? "must be one of "
                                + java.util.Arrays.toString(f.getTargetType().getEnumConstants())
                        : "has the wrong type or format";
        return respond(new Problem(
                ProblemType.VALIDATION,
                400,
                "1 field(s) failed validation",
                path(uri),
                List.of(new Problem.Violation(field, message))));
    }

    private Response malformed(String detail, UriInfo uri) {
        return respond(new Problem(ProblemType.MALFORMED_BODY, 400, detail, path(uri), null));
    }

    private Response unauthenticated(UriInfo uri) {
        return ProblemResponses.build(
                Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
                new Problem(
                        ProblemType.UNAUTHORIZED,
                        401,
                        "A valid bearer token is required (Authorization: Bearer <JWT>)",
                        path(uri),
                        null));
    }

    private static Response respond(Problem problem) {
        return ProblemResponses.build(Response.status(problem.getStatus()), problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
