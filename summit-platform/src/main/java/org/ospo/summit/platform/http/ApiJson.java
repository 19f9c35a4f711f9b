package org.ospo.summit.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.platform.time.DateTimes;

/**
 * The ObjectMapper of the HTTP API: the application's (with its customizers) plus the API's one date-time format
 * ({@link DateTimes}). Events and stored JSON keep the application's mapper; answers, and the entity tags computed
 * over them ({@link EntityTags}), use this one ({@link ApiJsonResolver} hands it to Quarkus REST).
 */
@Singleton
public class ApiJson {
    private final ObjectMapper mapper;

    public ApiJson(ObjectMapper application, @ConfigProperty(name = "summit.zone") ZoneId summitZone) {
        this.mapper = application
                .copy()
                .registerModule(new SimpleModule("summit-api-date-times")
                        .addSerializer(OffsetDateTime.class, new DateTimes.Serializer(summitZone)));
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
