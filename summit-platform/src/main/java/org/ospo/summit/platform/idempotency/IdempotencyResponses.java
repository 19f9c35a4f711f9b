package org.ospo.summit.platform.idempotency;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Stores the answer of a request that claimed an Idempotency-Key (see {@link IdempotencyKeys}) before it is sent, so
 * a retry that arrives after the answer finds it. A server error frees the key instead: the retry runs again.
 */
public class IdempotencyResponses {
    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyResponses(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @ServerResponseFilter
    public Uni<Void> store(ContainerRequestContext request, ContainerResponseContext response) {
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
        return store.complete(scope, key, response.getStatus(), contentType(response, entity),
                response.getHeaderString("Location"), bytes(entity));
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
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the answer for an Idempotency-Key", e);
        }
    }
}
