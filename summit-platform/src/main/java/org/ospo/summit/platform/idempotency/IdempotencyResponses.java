package org.ospo.summit.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.platform.http.ApiJson;
import org.ospo.summit.platform.json.JsonCodec;
import org.ospo.summit.platform.problem.RequestIds;

/**
 * Stores the answer of a request that claimed an Idempotency-Key (see {@link IdempotencyKeys}) before it is sent, so
 * a retry that arrives after the answer finds it. A server error frees the key instead: the retry runs again.
 */
public class IdempotencyResponses {
    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyResponses(IdempotencyStore store, ApiJson json) {
        this.store = store;
        this.json = json.mapper(); // the replay is byte for byte what the first answer wrote
    }

    @ServerResponseFilter
    public Uni<Void> store(ContainerRequestContext request, ContainerResponseContext response, RoutingContext ctx) {
        String claim = request.getHeaderString(IdempotencyKeys.CLAIM);
        if (claim == null) {
            return Uni.createFrom().voidItem();
        }
        int space = claim.indexOf(' ');
        String scope = claim.substring(0, space);
        String key = claim.substring(space + 1);
        if (response.getStatus() >= 500) {
            return store.release(scope, key);
        }
        Object entity = response.getEntity();
        if (entity instanceof Problem problem) {
            RequestIds.stamp(ctx, problem); // the replay names the request that made the answer, as the answer did
        }
        return store.complete(
                scope,
                key,
                response.getStatus(),
                contentType(response, entity),
                response.getHeaderString("Location"),
                bytes(entity));
    }

    /** The negotiated type when already known; a JSON-serialised entity is JSON. */
    private static String contentType(ContainerResponseContext response, Object entity) {
        if (response.getMediaType() != null) {
            return response.getMediaType().toString();
        }
        if (entity == null) {
            return null;
        }
        return entity instanceof byte[] || entity instanceof String ? "text/plain" : "application/json";
    }

    private byte[] bytes(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] b) {
            return b;
        }
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return JsonCodec.bytes(json, entity);
    }
}
