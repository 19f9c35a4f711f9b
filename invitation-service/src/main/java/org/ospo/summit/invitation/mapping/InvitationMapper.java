package org.ospo.summit.invitation.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.ospo.summit.invitation.api.InvitationView;
import org.ospo.summit.invitation.api.RsvpView;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.Summit;

/** Entity → API records. */
public final class InvitationMapper {
    private InvitationMapper() {}

    public static InvitationView view(Invitation i) {
        return view(i, null, null, null, null, null);
    }

    public static InvitationView created(Invitation i, String token, String rsvpUrl) {
        return view(i, token, rsvpUrl, null, null, null);
    }

    /**
     * With history, the referring attendee's invitation when there is one (the 二度 chain) and the same person in
     * earlier editions.
     */
    public static InvitationView detail(
            Invitation i,
            List<InvitationHistoryEntry> history,
            Invitation referrer,
            List<InvitationView.PreviousEdition> previousEditions) {
        InvitationView.Referrer by = referrer == null
                ? null
                : new InvitationView.Referrer(referrer.attendeeId, referrer.id, referrer.fullName, referrer.company);
        return view(
                i,
                null,
                null,
                history.stream()
                        .map(h -> new InvitationView.HistoryEntry(h.at, h.type, h.detail))
                        .toList(),
                by,
                previousEditions);
    }

    private static InvitationView view(
            Invitation i,
            String token,
            String rsvpUrl,
            List<InvitationView.HistoryEntry> events,
            InvitationView.Referrer referrer,
            List<InvitationView.PreviousEdition> previousEditions) {
        return new InvitationView(
                i.id,
                i.summitId,
                i.email,
                i.fullName,
                i.company,
                i.jobTitle,
                i.locale,
                i.criteria,
                i.note,
                i.status,
                i.attendeeId,
                i.referredBy,
                i.createdAt,
                i.updatedAt,
                i.respondedAt,
                token,
                rsvpUrl,
                events,
                referrer,
                previousEditions);
    }

    public static SummitView summit(Summit s) {
        ZoneId zone = ZoneId.of(s.timezone);
        return new SummitView(
                s.id,
                s.name,
                s.year,
                s.status,
                s.current,
                local(s.startsAt, zone),
                local(s.endsAt, zone),
                s.timezone,
                s.venue,
                s.venueZh,
                s.capacity,
                local(s.rsvpDeadline, zone),
                s.referralQuota,
                s.openConferenceUrl,
                s.copiedFrom,
                s.anonymisedAt);
    }

    public static RsvpView rsvp(Invitation i, Summit s) {
        SummitView summit = summit(s);
        return new RsvpView(
                new RsvpView.Invitee(i.fullName, i.company), summit, i.status, summit.rsvpDeadline(), i.locale);
    }

    private static OffsetDateTime local(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
