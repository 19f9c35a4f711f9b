package org.ospo.summit.agenda.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.AgendaVersion;
import org.ospo.summit.platform.http.ApiJson;
import org.ospo.summit.platform.json.JsonCodec;

/** Reads and writes the JSON of published versions (sessions and changes). */
@ApplicationScoped
public class Snapshots {
    private static final TypeReference<List<PublishedSession>> SESSIONS = new TypeReference<>() {};
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};

    private final ObjectMapper json;
    private final ObjectMapper api;

    public Snapshots(ObjectMapper json, ApiJson api) {
        this.json = json;
        this.api = api.mapper();
    }

    public List<PublishedSession> sessions(AgendaVersion version) {
        return read(version, version.sessions, SESSIONS);
    }

    public List<PublishedSession> sessions(int version, String text) {
        return read(version, text, SESSIONS);
    }

    public List<PublishedSession> cancelled(AgendaVersion version) {
        return read(version, version.cancelled, SESSIONS);
    }

    public List<Change> changes(AgendaVersion version) {
        return read(version, version.changes, CHANGES);
    }

    /** an answer as the API writes it (its date-time format: ApiJson), kept in memory for GET /api/agenda */
    public byte[] bytes(Object value) {
        return JsonCodec.bytes(api, value);
    }

    public String write(Object value) {
        return JsonCodec.write(json, value);
    }

    private <T> T read(AgendaVersion version, String text, TypeReference<T> type) {
        return read(version.version, text, type);
    }

    private <T> T read(int version, String text, TypeReference<T> type) {
        // keep the offsets written at publication (the summit's local time) instead of normalising to UTC
        return JsonCodec.read(
                json.readerFor(type).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE),
                text,
                "agenda version " + version);
    }
}
