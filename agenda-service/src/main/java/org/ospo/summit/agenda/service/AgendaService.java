package org.ospo.summit.agenda.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.AgendaVersion;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.model.Topic;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The public, published agenda: only what organizers published, never the draft. */
@ApplicationScoped
public class AgendaService {
    private static final TypeReference<List<PublishedSession>> SESSIONS = new TypeReference<>() {
    };

    private final AgendaVersionRepository versions;
    private final ObjectMapper json;

    public AgendaService(AgendaVersionRepository versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
    }

    @WithSession
    public Uni<AgendaView> published(LocalDate day, Topic topic, SessionKind kind) {
        return versions.latest().map(latest -> {
            if (latest == null) {
                return new AgendaView(0, null, List.of());
            }
            List<PublishedSession> sessions = parse(latest).stream()
                    .filter(s -> day == null || s.startsAt().toLocalDate().equals(day))
                    .filter(s -> topic == null || s.topics().contains(topic))
                    .filter(s -> kind == null || s.kind() == kind)
                    .toList();
            return new AgendaView(latest.version, latest.publishedAt, sessions);
        });
    }

    private List<PublishedSession> parse(AgendaVersion version) {
        try {
            return json.readValue(version.sessions, SESSIONS);
        } catch (Exception e) {
            throw new IllegalStateException("agenda version " + version.version + " is unreadable", e);
        }
    }
}
