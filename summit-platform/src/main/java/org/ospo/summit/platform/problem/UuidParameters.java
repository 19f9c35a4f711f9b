package org.ospo.summit.platform.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.UUID;

/**
 * A path that names a resource by something that is not a UUID names nothing: 404 as before, but the problem says so
 * in the request's own terms ("not-a-uuid is not an id: ids are UUIDs") instead of the framework's
 * "HTTP 404 Not Found".
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = Arrays.stream(annotations)
                .filter(PathParam.class::isInstance)
                .map(a -> ((PathParam) a).value())
                .findFirst()
                .orElse("id");
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                try {
                    return value == null ? null : UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw new NotFoundException("\"" + value + "\" is not an " + name + " here: " + name
                            + "s are UUIDs (e.g. 0b6c7d2e-4f7a-4d55-9d8e-2f1f7b0c9a11), so it names nothing");
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }
}
