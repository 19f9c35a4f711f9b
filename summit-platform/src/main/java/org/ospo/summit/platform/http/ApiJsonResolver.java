package org.ospo.summit.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Quarkus REST reads and writes JSON bodies with the API's mapper ({@link ApiJson}). */
@Provider
public class ApiJsonResolver implements ContextResolver<ObjectMapper> {
    private final ApiJson json;

    public ApiJsonResolver(ApiJson json) {
        this.json = json;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return json.mapper();
    }
}
