package org.ospo.summit.agenda.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.config.AgendaSettings;

/**
 * Published sessions as an RFC 5545 calendar (ical4j): one VEVENT per session with a UID that never changes across
 * versions, SEQUENCE growing with every published change, times in the summit's zone (with its VTIMEZONE) and
 * STATUS:CANCELLED for cancelled sessions, so subscribed calendars update and drop them. DTSTAMP is the version's
 * publication time: the same version always gives the same bytes.
 */
@ApplicationScoped
public class AgendaCalendar {
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Organizer organizer;

    /** METHOD:PUBLISH (RFC 5546) wants an ORGANIZER on every event: the organizers' address. */
    public AgendaCalendar(AgendaSettings settings) {
        this.organizer =
                new Organizer(URI.create("mailto:" + settings.organizerEmail().trim()));
        this.organizer.add(new Cn("OSPO Summit organizers"));
    }

    public static String uid(PublishedSession session) {
        return session.id() + "@ospo-summit";
    }

    public String write(
            String name,
            ZoneId zone,
            OffsetDateTime stamp,
            List<PublishedSession> sessions,
            Collection<PublishedSession> cancelled) {
        TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//OSPO Summit//Agenda//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        if (timeZone != null) {
            calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
            calendar.add(timeZone.getVTimeZone());
        }
        DtStamp dtStamp = new DtStamp(stamp.toInstant());
        sessions.forEach(s -> calendar.add(event(s, timeZone != null ? zone : null, dtStamp, false)));
        cancelled.forEach(s -> calendar.add(event(s, timeZone != null ? zone : null, dtStamp, true)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("cannot write the agenda calendar", e);
        }
        return out.toString();
    }

    private VEvent event(PublishedSession s, ZoneId zone, DtStamp stamp, boolean cancelled) {
        Temporal start = zone != null
                ? s.startsAt().atZoneSameInstant(zone)
                : s.startsAt().toInstant();
        Temporal end =
                zone != null ? s.endsAt().atZoneSameInstant(zone) : s.endsAt().toInstant();
        VEvent event = new VEvent(start, end, s.title());
        event.replace(stamp);
        event.add(new Uid(uid(s)));
        event.add(organizer);
        event.add(new Sequence(s.sequence()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(s.room().name()));
        event.add(new Description(description(s)));
        if (!s.topics().isEmpty()) {
            event.add(new Categories(
                    new TextList(s.topics().stream().map(Enum::name).toList())));
        }
        return event;
    }

    private static String description(PublishedSession s) {
        StringBuilder text = new StringBuilder(s.kind().name());
        if (s.summary() != null && !s.summary().isBlank()) {
            text.append("\n\n").append(s.summary().trim());
        }
        if (!s.speakers().isEmpty()) {
            text.append("\n\n")
                    .append(s.speakers().stream()
                            .map(p -> p.name() + " (" + p.company() + ")")
                            .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
