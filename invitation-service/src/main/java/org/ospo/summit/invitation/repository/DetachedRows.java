package org.ospo.summit.invitation.repository;

import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.invitation.model.CriteriaConverter;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationRelations;
import org.ospo.summit.invitation.model.Summit;

/**
 * Rows read on the reactive client (no Hibernate session) made into detached entities, for reads that only show
 * them: every column of the table, in the order of {@link #invitationColumns} and {@link #summitColumns}, each mapped as the
 * entity's own mapping does (enum names, {@link CriteriaConverter}). A detached entity is never saved.
 */
final class DetachedRows {
    private static final List<String> INVITATION = List.of(
            "id",
            "summit_id",
            "email",
            "email_normalized",
            "full_name",
            "company",
            "job_title",
            "locale",
            "criteria",
            "note",
            "status",
            "token_hash",
            "token_sealed",
            "reminded_at",
            "attendee_id",
            "referred_by",
            "created_at",
            "updated_at",
            "responded_at",
            "readiness",
            "erased_at");
    static final int INVITATION_COLUMNS = INVITATION.size();
    private static final List<String> SUMMIT = List.of(
            "id",
            "name",
            "year",
            "status",
            "current",
            "starts_at",
            "ends_at",
            "timezone",
            "venue",
            "venue_zh",
            "capacity",
            "seats_taken",
            "rsvp_deadline",
            "referral_quota",
            "open_conference_url",
            "created_at",
            "updated_at",
            "archived_at",
            "anonymised_at",
            "copied_from",
            "seed",
            "announced_at");
    /** how many arrays {@link #history} reads (ids, times, types, details) */
    static final int HISTORY_ARRAYS = 4;

    private static final CriteriaConverter CRITERIA = new CriteriaConverter();

    private DetachedRows() {}

    /** the invitation's columns under {@code alias}, in the order {@link #invitation} reads them */
    static String invitationColumns(String alias) {
        return columns(INVITATION, alias);
    }

    /** the edition's columns under {@code alias}, in the order {@link #summit} reads them */
    static String summitColumns(String alias) {
        return columns(SUMMIT, alias);
    }

    private static String columns(List<String> names, String alias) {
        return names.stream().map(name -> alias + "." + name).collect(Collectors.joining(", "));
    }

    /** the invitation in the row's columns from {@code at} on */
    static Invitation invitation(Row row, int at) {
        Invitation i = new Invitation();
        i.id = row.getUUID(at);
        i.summitId = row.getInteger(at + 1);
        i.email = row.getString(at + 2);
        i.emailNormalized = row.getString(at + 3);
        i.fullName = row.getString(at + 4);
        i.company = row.getString(at + 5);
        i.jobTitle = row.getString(at + 6);
        i.locale = row.getString(at + 7);
        i.criteria = CRITERIA.convertToEntityAttribute(row.getString(at + 8));
        i.note = row.getString(at + 9);
        i.status = InvitationStatus.valueOf(row.getString(at + 10));
        i.tokenHash = row.getString(at + 11);
        i.tokenSealed = row.getString(at + 12);
        i.remindedAt = row.getOffsetDateTime(at + 13);
        i.attendeeId = row.getUUID(at + 14);
        i.referredBy = row.getUUID(at + 15);
        i.createdAt = row.getOffsetDateTime(at + 16);
        i.updatedAt = row.getOffsetDateTime(at + 17);
        i.respondedAt = row.getOffsetDateTime(at + 18);
        String readiness = row.getString(at + 19);
        i.readiness = readiness == null ? null : Readiness.valueOf(readiness);
        i.erasedAt = row.getOffsetDateTime(at + 20);
        return i;
    }

    /**
     * The history entries of {@code invitationId} in the row's {@link #HISTORY_ARRAYS} parallel arrays from {@code at}
     * on (each aggregated in entry order; null for no entries).
     */
    static List<InvitationHistoryEntry> history(Row row, int at, UUID invitationId) {
        Long[] ids = row.getArrayOfLongs(at);
        if (ids == null) {
            return List.of();
        }
        OffsetDateTime[] times = row.getArrayOfOffsetDateTimes(at + 1);
        String[] types = row.getArrayOfStrings(at + 2);
        String[] details = row.getArrayOfStrings(at + 3);
        List<InvitationHistoryEntry> history = new ArrayList<>(ids.length);
        for (int n = 0; n < ids.length; n++) {
            InvitationHistoryEntry entry =
                    InvitationHistoryEntry.of(invitationId, HistoryType.valueOf(types[n]), details[n], times[n]);
            entry.id = ids[n];
            history.add(entry);
        }
        return history;
    }

    /**
     * The person's invitations to other editions in the row's four parallel arrays from {@code at} on (ids, editions,
     * statuses, referrers; null for none).
     */
    static List<InvitationRelations.Elsewhere> elsewhere(Row row, int at) {
        UUID[] ids = row.getArrayOfUUIDs(at);
        if (ids == null) {
            return List.of();
        }
        Integer[] summits = row.getArrayOfIntegers(at + 1);
        String[] statuses = row.getArrayOfStrings(at + 2);
        UUID[] referrers = row.getArrayOfUUIDs(at + 3);
        List<InvitationRelations.Elsewhere> elsewhere = new ArrayList<>(ids.length);
        for (int n = 0; n < ids.length; n++) {
            elsewhere.add(new InvitationRelations.Elsewhere(
                    ids[n], summits[n], InvitationStatus.valueOf(statuses[n]), referrers[n]));
        }
        return elsewhere;
    }

    /** the edition in the row's columns from {@code at} on */
    static Summit summit(Row row, int at) {
        Summit s = new Summit();
        s.id = row.getInteger(at);
        s.name = row.getString(at + 1);
        s.year = row.getInteger(at + 2);
        s.status = EditionStatus.valueOf(row.getString(at + 3));
        s.current = row.getBoolean(at + 4);
        s.startsAt = row.getOffsetDateTime(at + 5);
        s.endsAt = row.getOffsetDateTime(at + 6);
        s.timezone = row.getString(at + 7);
        s.venue = row.getString(at + 8);
        s.venueZh = row.getString(at + 9);
        s.capacity = row.getInteger(at + 10);
        s.seatsTaken = row.getInteger(at + 11);
        s.rsvpDeadline = row.getOffsetDateTime(at + 12);
        s.referralQuota = row.getInteger(at + 13);
        s.openConferenceUrl = row.getString(at + 14);
        s.createdAt = row.getOffsetDateTime(at + 15);
        s.updatedAt = row.getOffsetDateTime(at + 16);
        s.archivedAt = row.getOffsetDateTime(at + 17);
        s.anonymisedAt = row.getOffsetDateTime(at + 18);
        s.copiedFrom = row.getInteger(at + 19);
        s.seed = row.getBoolean(at + 20);
        s.announcedAt = row.getOffsetDateTime(at + 21);
        return s;
    }
}
