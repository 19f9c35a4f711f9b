package org.ospo.summit.invitation.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.service.RsvpPage;
import org.ospo.summit.invitation.service.RsvpService;

/**
 * The page a person opens from the invitation mail. It shows where the invitation stands ({@link RsvpPage.State}) and
 * offers only what makes sense there: accept or decline while it is open (each confirmed first; a decline may say
 * why), the next steps once accepted (the letter's preparation, the calendar, how to come back) with a way to
 * withdraw, the waiting list, and the open conference once the link no longer leads anywhere. It speaks the
 * invitation's language, with a switch ({@code ?lang=}) and the browser's Accept-Language where no invitation says
 * (Locales.pick). The actions call the RSVP API and show its reason when it refuses.
 */
@Path("/rsvp/{token}")
@Tag(name = Audience.INVITEE)
public class RsvpPageResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageModel m);
    }

    /**
     * What the template reads: the page, its language, the facts written out in that language, and the nonce of the
     * page's own script and style.
     */
    public record PageModel(
            RsvpPage page,
            boolean zh,
            String lang,
            String otherLang,
            String token,
            String nonce,
            String title,
            String when,
            String zone,
            String venue,
            String deadline) {

        public String state() {
            return page.state().name();
        }

        public boolean is(String s) {
            return state().equals(s);
        }

        /** the states a page with an invitation moves between without reloading (accept, decline) */
        public boolean live() {
            return page.view() != null && (is("OPEN") || is("ACCEPTED") || is("WAITLISTED") || is("DECLINED"));
        }
    }

    private final RsvpService rsvp;

    public RsvpPageResource(RsvpService rsvp) {
        this.rsvp = rsvp;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "getInvitationPage",
            summary = "The invitation page (HTML)",
            description = "What the link in the mail opens: where the "
                    + "invitation stands and what can be done about it, in the invitation's language (lang switches it; "
                    + "Accept-Language where no invitation says).")
    @APIResponse(
            responseCode = "200",
            description = "The invitation: open, accepted, waitlisted or declined",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "page", ref = "getInvitationPagePage")))
    @APIResponse(
            responseCode = "404",
            description = "Unknown link: a page that points to the open conference",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "410",
            description = "Expired (the deadline passed) or revoked: a page that points to " + "the open conference",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> page(
            @PathParam("token") @Size(max = 100) String token,
            @Parameter(
                            description = "the page's language; the invitation's when left out",
                            schema = @Schema(ref = Locales.SCHEMA))
                    @QueryParam("lang")
                    String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String nonce = nonce();
        return rsvp.page(token).map(page -> {
            String language = Locales.pick(lang, page.locale(), acceptLanguage);
            return html(
                    page.state().httpStatus(), Templates.page(model(page, language, token, nonce)), nonce, language);
        });
    }

    static PageModel model(RsvpPage page, String language, String token, String nonce) {
        boolean zh = Locales.ZH_CN.equals(language);
        String other = zh ? Locales.EN : Locales.ZH_CN;
        if (page.view() == null) {
            return new PageModel(page, zh, language, other, token, nonce, "OSPO Summit", null, null, null, null);
        }
        SummitView summit = page.view().summit();
        java.util.Locale locale = zh ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH;
        DateTimeFormatter day = DateTimeFormatter.ofPattern(zh ? "yyyy年M月d日 HH:mm" : "d MMMM yyyy, HH:mm", locale);
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm", locale);
        OffsetDateTime starts = summit.startsAt();
        OffsetDateTime ends = summit.endsAt();
        String when =
                day.format(starts) + "–" + (starts.toLocalDate().equals(ends.toLocalDate()) ? hour : day).format(ends);
        String zone = DateTimeFormatter.ofPattern("zzzz", locale)
                        .format(starts.atZoneSameInstant(ZoneId.of(summit.timezone())))
                + (zh ? "（UTC" + starts.getOffset() + "）" : " (UTC" + starts.getOffset() + ")");
        String venue = zh && summit.venueZh() != null ? summit.venueZh() : summit.venue();
        return new PageModel(
                page,
                zh,
                language,
                other,
                token,
                nonce,
                summit.name(),
                when,
                zone,
                venue,
                day.format(page.view().expiresAt()));
    }

    /**
     * The page carries its token in the URL: never cached, never sent on as a referrer, never framed (its buttons act
     * on the invitation), and only its own inline script and style run (a fresh nonce per answer).
     */
    private static Response html(int status, TemplateInstance page, String nonce, String language) {
        return Response.status(status)
                .type(HTML)
                .entity(page.render())
                .header("Cache-Control", "no-store")
                .header("Content-Language", language)
                .header("Vary", "Accept-Language")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce
                                + "'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .build();
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
