package org.ospo.summit.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.ospo.summit.platform.config.PlatformSettings;
import org.ospo.summit.platform.time.DateTimes;

/**
 * The ObjectMapper of the HTTP API: the application's (with its customizers) plus the API's one date-time format
 * ({@link DateTimes}). Events and stored JSON keep the application's mapper; answers, and the entity tags computed
 * over them ({@link EntityTags}), use this one ({@link ApiJsonResolver} hands it to Quarkus REST).
 */
@Singleton
public class ApiJson {
    private final ObjectMapper mapper;

    @Inject
    public ApiJson(ObjectMapper application, PlatformSettings settings) {
        this(application, settings.zone());
    }

    public ApiJson(ObjectMapper application, ZoneId summitZone) {
        this.mapper = application
                .copy()
                .registerModule(new SimpleModule("summit-api-date-times")
                        .addSerializer(OffsetDateTime.class, new DateTimes.Serializer(summitZone)));
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
