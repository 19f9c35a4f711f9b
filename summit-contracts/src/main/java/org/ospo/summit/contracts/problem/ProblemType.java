package org.ospo.summit.contracts.problem;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of problem the suite answers, by the slug of its {@code type} ({@code /problems/<slug>}). The gateway
 * serves a page for each at that path (what it means, what to do), so a problem's {@code type} resolves; the tests
 * check that every problem they meet is one of these.
 */
public enum ProblemType {
    BAD_REQUEST(
            "bad-request",
            "Bad request",
            "The request cannot be understood as it is (a malformed parameter, " + "header or query).",
            "Correct the request as the detail says; the operation's parameters in /q/openapi "
                    + "list what it takes."),
    VALIDATION(
            "validation",
            "Invalid input",
            "One or more fields of the input break a rule. `violations` names "
                    + "each field (its JSON path, e.g. `criteria[0]`, or the query parameter) with the rule it broke.",
            "Fix the named fields and send again. The same request will fail the same way until then."),
    MALFORMED_BODY(
            "malformed-body",
            "Malformed request body",
            "The body is not JSON, does not have the expected "
                    + "shape (an object where an array is expected), or contains characters that cannot be stored.",
            "Send a body that matches the operation's request schema in /q/openapi."),
    INVALID_IDEMPOTENCY_KEY(
            "invalid-idempotency-key",
            "Invalid Idempotency-Key",
            "The Idempotency-Key header is " + "not 1–255 visible ASCII characters.",
            "Use a fresh random value such as a UUID."),
    UNAUTHORIZED(
            "unauthorized",
            "Unauthorized",
            "The operation needs a sign-in and the request has no valid bearer "
                    + "token (missing, expired or not signed by the suite).",
            "Sign in again (POST /api/auth/token for "
                    + "organizers, the RSVP link's attendee token for attendees) and send `Authorization: Bearer <token>`."),
    INVALID_CREDENTIALS(
            "invalid-credentials",
            "Invalid credentials",
            "The user name or password is wrong.",
            "Check them; repeated failures from one address are slowed down (see too-many-requests)."),
    FORBIDDEN(
            "forbidden",
            "Forbidden",
            "The token is valid but its role does not allow this operation, or the "
                    + "resource belongs to someone else.",
            "Use a sign-in with the role the operation names (\"Role: …\" " + "in its description)."),
    NOT_FOUND(
            "not-found",
            "Not found",
            "There is nothing at this path, or no resource with this id (an id that "
                    + "is not a UUID never names one).",
            "Check the id; lists (e.g. GET /api/invitations) give the ids " + "that exist."),
    UNKNOWN_TOKEN(
            "unknown-token",
            "Unknown invitation link",
            "The RSVP token matches no invitation.",
            "Use the link from the invitation mail exactly; ask the organizers for a new one if it is lost."),
    ATTENDEE_NOT_FOUND(
            "attendee-not-found",
            "Attendee not found",
            "No attendee profile for this token yet: the "
                    + "acceptance travels to the attendee service as an event, which takes a moment.",
            "Retry after a short while; if it persists, the acceptance did not happen."),
    METHOD_NOT_ALLOWED(
            "method-not-allowed",
            "Method not allowed",
            "The path exists but not with this method.",
            "Use one of the methods /q/openapi lists for the path."),
    NOT_ACCEPTABLE(
            "not-acceptable",
            "Not acceptable",
            "The operation cannot answer in any media type the " + "request's Accept header names.",
            "Accept application/json (or the media type the operation's " + "responses list in /q/openapi)."),
    CONFLICT(
            "conflict",
            "Conflict",
            "The request clashes with the current state (a duplicate, an open invitation "
                    + "for the same email, a capacity below the seats taken).",
            "Read the current state, then decide; " + "sending the same request again will not help."),
    ILLEGAL_TRANSITION(
            "illegal-transition",
            "Illegal status change",
            "The resource's status does not allow this "
                    + "step (e.g. accepting a revoked invitation, reopening an archived edition).",
            "Read the resource: its status says which steps remain."),
    EDITION_NOT_OPEN(
            "edition-not-open",
            "Edition not open",
            "The edition is still being planned, so invitations " + "cannot be sent or answered yet.",
            "Open the edition first (PUT /api/summits/{id} status OPEN)."),
    EDITION_READ_ONLY(
            "edition-read-only",
            "Past edition",
            "The edition is CLOSED or ARCHIVED: its " + "invitations, sessions and registrations no longer change.",
            "Nothing to do for a past edition; " + "work on the current one."),
    EDITION_ARCHIVED(
            "edition-archived",
            "Archived edition",
            "The edition is archived and its personal data may " + "have been anonymised.",
            "Nothing to do; archived editions are kept for figures only."),
    REFERRAL_QUOTA(
            "referral-quota",
            "Referral quota used",
            "You have vouched for as many peers as the edition " + "allows.",
            "Ask the organizers if someone important is missing."),
    NOT_ACCEPTED(
            "not-accepted",
            "Not accepted",
            "Only invitees who accepted (and did not withdraw) " + "may do this.",
            "Accept the invitation first."),
    PREPARATION_CLOSED(
            "preparation-closed",
            "Preparation closed",
            "The preparation can no longer be edited (the "
                    + "deadline passed, the attendee withdrew, or the edition is past).",
            "Nothing to do; the last saved " + "preparation stands."),
    AGENDA_CONFLICT(
            "agenda-conflict",
            "Agenda conflict",
            "The room or a speaker is already booked at that time, or " + "the session does not fit the summit's days.",
            "Pick another time or room; `clashingSessionId` names " + "the session in the way."),
    SESSION_FULL(
            "session-full",
            "Session full",
            "Every seat of the session is taken.",
            "Choose another session; a " + "seat frees up when someone leaves."),
    REGISTRATION_OVERLAP(
            "registration-overlap",
            "Overlapping registration",
            "You are registered for another " + "session at the same time (`clashingSessionId`).",
            "Leave that session first, or choose this one " + "instead."),
    IDEMPOTENCY_KEY_IN_USE(
            "idempotency-key-in-use",
            "Request in progress",
            "A request with the same " + "Idempotency-Key is still being handled.",
            "Wait a moment and retry with the same key: you will get " + "its answer."),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "The Idempotency-Key was used " + "before with a different request (method, path or body).",
            "Use a new key for a new request."),
    BADGE_INVALID(
            "badge-invalid",
            "Not a valid badge",
            "The scanned code is not a badge of this summit: unreadable, not signed with the summit's badge keys, for "
                    + "another edition, or scanned outside the days it is valid for.",
            "Ask the attendee to open their badge again (GET /api/attendees/me/badge), or check them in by hand."),
    ALREADY_CHECKED_IN(
            "already-checked-in",
            "Already checked in",
            "This attendee's badge was scanned before; checkedInAt says when.",
            "Nothing to do: the attendee is in. A copied badge shows up this way too."),
    NETWORKING_OFF(
            "networking-off",
            "Not opted in to networking",
            "Introductions are among attendees who opted in: you see others, and they see you, only after you do.",
            "Opt in with PUT /api/attendees/me/networking {\"optIn\": true, …}, then ask again."),
    INTRODUCTION_LIMIT(
            "introduction-limit",
            "Daily introduction limit reached",
            "An attendee asks for at most 10 introductions a day (the summit's time zone), so nobody is flooded.",
            "Wait for the next day (Retry-After gives the seconds); answer your own inbox meanwhile."),
    GONE(
            "gone",
            "Gone",
            "The resource existed but no longer does (a cancelled session, a revoked invitation, an "
                    + "erased person).",
            "Nothing to retry; the detail says what happened."),
    PRECONDITION_FAILED(
            "precondition-failed",
            "Precondition failed",
            "The If-Match header names a version that is "
                    + "no longer current: someone changed the resource after you read it. `currentETag` is its tag now.",
            "Read the resource again (GET), re-apply your change to what you get, and send it with the new ETag."),
    PAYLOAD_TOO_LARGE(
            "request-entity-too-large",
            "Payload too large",
            "The request body is larger than the suite " + "accepts.",
            "Send less (a CSV import takes at most 5000 rows)."),
    URI_TOO_LONG(
            "request-uri-too-long",
            "URI too long",
            "The request URI is longer than the gateway accepts.",
            "Shorten the query (e.g. a shorter q=)."),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type",
            "Unsupported media type",
            "The request's Content-Type is not " + "one the operation takes.",
            "Send the media type the operation's requestBody in /q/openapi lists, " + "usually application/json."),
    TOO_MANY_REQUESTS(
            "too-many-requests",
            "Too many requests",
            "Too many requests (or sign-in attempts) from this " + "address in a short time.",
            "Wait the seconds Retry-After gives, then retry."),
    HEADERS_TOO_LARGE(
            "request-header-fields-too-large",
            "Headers too large",
            "The request's headers are larger " + "than the gateway accepts.",
            "Send fewer or shorter headers (a token of normal size)."),
    CORS_ORIGIN_NOT_ALLOWED(
            "cors-origin-not-allowed",
            "Origin not allowed",
            "A browser sent the request from a web " + "origin the deployment does not list.",
            "Ask the operators to add the frontend's origin."),
    INTERNAL(
            "internal",
            "Internal error",
            "Something failed on the suite's side; it is logged under `errorId`.",
            "Retry later; if it persists, give the organizers the errorId."),
    INTERNAL_SERVER_ERROR(
            "internal-server-error",
            "Internal server error",
            "The gateway could not handle the " + "request.",
            "Retry later; give the operators the requestId if it persists."),
    SERVICE_UNAVAILABLE(
            "service-unavailable",
            "Service unavailable",
            "A service or its database is briefly " + "away (restarting, out of reach).",
            "Retry after the seconds Retry-After gives; nothing was changed."),
    UPSTREAM_TIMEOUT(
            "upstream-timeout",
            "Gateway timeout",
            "A service did not answer the gateway in time.",
            "Retry; a write may or may not have happened, so retry writes with the same Idempotency-Key.");

    /** where the pages live, relative to the suite's origin; a problem's {@code type} is this plus the slug */
    public static final String PATH = "/problems/";

    private static final Map<String, ProblemType> BY_SLUG =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));

    private final String slug;
    private final String title;
    private final String meaning;
    private final String remedy;

    ProblemType(String slug, String title, String meaning, String remedy) {
        this.slug = slug;
        this.title = title;
        this.meaning = meaning;
        this.remedy = remedy;
    }

    public String slug() {
        return slug;
    }

    /** the problem's {@code type}: {@code /problems/<slug>} */
    public String uri() {
        return PATH + slug;
    }

    public String title() {
        return title;
    }

    /** what it means, in a sentence or two */
    public String meaning() {
        return meaning;
    }

    /** what the client (or the person) can do about it */
    public String remedy() {
        return remedy;
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    /** the {@code type} a problem carries ({@code /problems/<slug>}) → its entry */
    public static Optional<ProblemType> byUri(String type) {
        return type != null && type.startsWith(PATH) ? bySlug(type.substring(PATH.length())) : Optional.empty();
    }

    /** the generic entry for an HTTP status the framework or the router answered (405, 413, …) */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> UPSTREAM_TIMEOUT;
            default -> status >= 500 ? INTERNAL_SERVER_ERROR : BAD_REQUEST;
        };
    }
}
