package org.ospo.summit.agenda.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.ospo.summit.agenda.api.RoomRequest;
import org.ospo.summit.agenda.api.RoomView;
import org.ospo.summit.agenda.api.SessionRequest;
import org.ospo.summit.agenda.config.AgendaSettings;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.agenda.repository.RoomRepository;
import org.ospo.summit.contracts.events.Topic;

/**
 * The demo agenda of the local run (summit.agenda.demo=true, set by ./summit up): two rooms and a day of sessions on
 * all six themes and every kind (demo/agenda.json), laid out on the current edition's first day in its zone and
 * published — only when that edition's agenda is still empty, so it never touches real data. Off unless asked.
 */
@ApplicationScoped
public class DemoAgenda {
    private static final Logger LOG = Logger.getLogger(DemoAgenda.class);

    record Plan(List<RoomRequest> rooms, List<Item> sessions) {}

    record Item(
            int room,
            LocalTime start,
            LocalTime end,
            SessionKind kind,
            List<Topic> topics,
            String title,

            @com.fasterxml.jackson.annotation.JsonProperty("abstract")
            String summary,

            List<SessionRequest.Speaker> speakers) {}

    private final boolean enabled;
    private final DraftAgenda draft;
    private final AgendaPublisher publisher;
    private final ObjectMapper json;
    private final RoomRepository rooms;
    private final AgendaVersionRepository versions;

    public DemoAgenda(
            AgendaSettings settings,
            DraftAgenda draft,
            AgendaPublisher publisher,
            ObjectMapper json,
            RoomRepository rooms,
            AgendaVersionRepository versions) {
        this.enabled = settings.demo();
        this.rooms = rooms;
        this.versions = versions;
        this.draft = draft;
        this.publisher = publisher;
        this.json = json;
    }

    /** Within the caller's transaction (the summit.updated consumer's), for the current edition. */
    public Uni<Void> loadIfAsked(int summitId, SummitDays.Window window) {
        if (!enabled || !window.known()) {
            return Uni.createFrom().voidItem();
        }
        // an edition with rooms or a publication of its own is the organizers' already
        return rooms.count("summitId", summitId)
                .chain(r -> versions.count("summitId", summitId).map(v -> r + v))
                .chain(existing -> existing > 0 ? Uni.createFrom().voidItem() : load(summitId, window));
    }

    private Uni<Void> load(int summitId, SummitDays.Window window) {
        Plan plan = plan();
        List<RoomView> rooms = new ArrayList<>();
        return Multi.createFrom()
                .iterable(plan.rooms())
                .onItem()
                .transformToUniAndConcatenate(room -> draft.createRoom(summitId, room))
                .invoke(rooms::add)
                .collect()
                .last()
                .chain(() -> Multi.createFrom()
                        .iterable(plan.sessions())
                        .onItem()
                        .transformToUniAndConcatenate(item -> draft.create(request(item, rooms, window)))
                        .collect()
                        .last())
                .chain(() -> publisher.publish(summitId))
                .invoke(v -> LOG.infof(
                        "Demo agenda published as version %d: %d sessions on %s",
                        v.version(), plan.sessions().size(), window.describe()))
                .replaceWithVoid();
    }

    private static SessionRequest request(Item item, List<RoomView> rooms, SummitDays.Window window) {
        return new SessionRequest(
                item.title(),
                item.summary(),
                item.kind(),
                item.topics(),
                item.speakers(),
                rooms.get(item.room()).id(),
                window.firstDay().atTime(item.start()).atZone(window.zone()).toOffsetDateTime(),
                window.firstDay().atTime(item.end()).atZone(window.zone()).toOffsetDateTime(),
                null);
    }

    private Plan plan() {
        try (InputStream in = DemoAgenda.class.getResourceAsStream("/demo/agenda.json")) {
            return json.readValue(in, Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/agenda.json is unreadable", e);
        }
    }
}
