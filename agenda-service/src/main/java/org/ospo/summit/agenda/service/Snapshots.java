package org.ospo.summit.agenda.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.AgendaVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes the JSON of published versions (sessions and changes). */
@ApplicationScoped
public class Snapshots {
    private static final TypeReference<List<PublishedSession>> SESSIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public Snapshots(ObjectMapper json) {
        this.json = json;
    }

    public List<PublishedSession> sessions(AgendaVersion version) {
        return read(version, version.sessions, SESSIONS);
    }

    public List<Change> changes(AgendaVersion version) {
        return read(version, version.changes, CHANGES);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(AgendaVersion version, String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agenda version " + version.version + " is unreadable", e);
        }
    }
}
