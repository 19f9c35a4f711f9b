package org.ospo.summit.platform.http;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.ospo.summit.contracts.api.EntityTag;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.json.JsonCodec;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * Entity tags: a resource's tag is a digest of its JSON representation as the API writes it, so it changes exactly
 * when what a client sees changes. Reads answer it ({@link ConditionalReads}); a write that replaces a resource
 * (PUT) takes it back in {@code If-Match} and refuses with 412 when the resource changed since ({@link
 * #requireCurrent}), which the service checks inside its transaction, after locking the row: two organizers
 * editing the same thing cannot overwrite each other unseen.
 */
@Singleton
public class EntityTags {
    public static final String CURRENT_ETAG = "currentETag";
    private final ApiJson json;

    public EntityTags(ApiJson json) {
        this.json = json;
    }

    /** the strong tag of a representation, quoted: {@code "q1w2e3…"} */
    public String of(Object representation) {
        return render(representation).etag();
    }

    /** a representation's JSON as the API writes it, with its tag: written once, for a read served from memory */
    public RenderedJson render(Object representation) {
        return RenderedJson.of(JsonCodec.bytes(json.mapper(), representation));
    }

    /**
     * Nothing when there is no If-Match (the client did not ask) or it names the current representation (or is
     * {@code *}); else a 412 problem carrying the current tag. Strong comparison (RFC 9110 13.1.1): a weak tag never
     * matches.
     */
    public void requireCurrent(String ifMatch, Object current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String tag = of(current);
        if (EntityTag.matchHits(ifMatch, tag)) {
            return;
        }
        throw new ProblemException(
                        412,
                        ProblemType.PRECONDITION_FAILED,
                        "The resource changed since you read it " + "(If-Match " + ifMatch.trim()
                                + "); read it again and re-apply your change")
                .with(CURRENT_ETAG, tag);
    }

    /** 200 with the representation and its tag (the answer to a PUT, so the next edit can send it back) */
    public Response ok(Object representation) {
        return Response.ok(representation)
                .header(HttpHeaders.ETAG, of(representation))
                .build();
    }
}
