package org.ospo.summit.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ospo.summit.contracts.problem.ProblemType;

/**
 * The pages a problem's {@code type} points to: {@code GET /problems/<slug>} describes one kind of problem (what it
 * means, what to do), {@code GET /problems} lists them all. Plain HTML with no script, cacheable for a day; an
 * unknown slug is the usual 404 problem.
 */
@ApplicationScoped
public class ProblemPages {
    private static final String POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; " + "base-uri 'none'";
    private static final String STYLE = "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;"
            + "margin:2rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .2em}"
            + "dt{font-weight:600;margin-top:1rem}</style>";

    public void one(RoutingContext ctx) {
        String slug = ctx.pathParam("slug");
        ProblemType.bySlug(slug)
                .ifPresentOrElse(
                        type -> send(
                                ctx,
                                type.title(),
                                "<h1>" + escape(type.title())
                                        + "</h1><p><code>type: " + escape(type.uri())
                                        + "</code></p><h2>What it means</h2><p>"
                                        + markup(type.meaning()) + "</p><h2>What to do</h2><p>" + markup(type.remedy())
                                        + "</p>"
                                        + "<p>Every problem also carries <code>status</code>, <code>detail</code> (this case in words) and "
                                        + "<code>requestId</code> (quote it when asking the operators). <a href=\"/problems\">All problem "
                                        + "types</a></p>"),
                        () -> GatewayProblems.send(
                                ctx,
                                404,
                                ProblemType.NOT_FOUND,
                                "There is no problem type \"" + slug + "\"; GET /problems lists them"));
    }

    public void all(RoutingContext ctx) {
        String items = Arrays.stream(ProblemType.values())
                .map(type -> "<dt><a href=\"" + escape(type.uri()) + "\">"
                        + escape(type.title()) + "</a> <code>" + escape(type.slug()) + "</code></dt><dd>"
                        + markup(type.meaning()) + "</dd>")
                .collect(Collectors.joining());
        send(
                ctx,
                "Problem types",
                "<h1>Problem types</h1><p>Every error of the OSPO Summit API is an "
                        + "<code>application/problem+json</code> body (RFC 9457) whose <code>type</code> is one of these."
                        + "</p><dl>" + items + "</dl>");
    }

    private static void send(RoutingContext ctx, String title, String body) {
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", POLICY)
                .putHeader("Cache-Control", "public, max-age=86400")
                .end("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                        + "content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                        + " · OSPO Summit API</title>" + STYLE + "</head><body>" + body + "</body></html>");
    }

    /** the catalogue's `code` spans as <code>, everything else escaped */
    private static String markup(String text) {
        return escape(text).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
