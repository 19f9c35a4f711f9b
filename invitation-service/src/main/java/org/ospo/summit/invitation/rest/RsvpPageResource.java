package org.ospo.summit.invitation.rest;

import java.time.format.DateTimeFormatter;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.invitation.api.RsvpView;
import org.ospo.summit.invitation.service.RsvpService;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.platform.problem.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The page a person opens from the invitation mail: the letter in their language, their name, the deadline, and
 * Accept / Decline buttons that call the RSVP API. Expired or revoked links get a page pointing to the open conference.
 */
@Path("/rsvp/{token}")
@Tag(name = Audience.INVITEE)
public class RsvpPageResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(RsvpView rsvp, String token, boolean zh, String when, String deadline,
                String nonce);

        static native TemplateInstance gone(String openConferenceUrl, boolean found, String nonce);
    }

    private final RsvpService rsvp;
    private final SummitService summits;

    public RsvpPageResource(RsvpService rsvp, SummitService summits) {
        this.rsvp = rsvp;
        this.summits = summits;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getInvitationPage",
            summary = "The invitation page (HTML)", description = "What the link in the mail opens.")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "page", ref = "getInvitationPagePage")))
    @APIResponse(responseCode = "404", description = "Unknown link: a page that points to the open conference",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "410", description = "Expired or revoked: a page that points to the open conference",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> page(@PathParam("token") @Size(max = 100) String token) {
        String nonce = nonce();
        return rsvp.view(token)
                .map(view -> html(200, Templates.page(view, token, "zh-CN".equals(view.locale()),
                        WHEN.format(view.summit().startsAt()) + " – " + HOUR.format(view.summit().endsAt()),
                        WHEN.format(view.expiresAt()), nonce), nonce))
                .onFailure(ProblemException.class).recoverWithUni(e -> summits.get(null).map(summit -> {
                    int status = ((ProblemException) e).status();
                    return html(status, Templates.gone(summit.openConferenceUrl(), status == 410, nonce), nonce);
                }));
    }

    /**
     * The page carries its token in the URL: never cached, never sent on as a referrer, never framed (its buttons act
     * on the invitation), and only its own inline script and style run (a fresh nonce per answer).
     */
    private static Response html(int status, TemplateInstance page, String nonce) {
        return Response.status(status).type(HTML).entity(page.render())
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
                        + nonce + "'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .build();
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
