package org.ospo.summit.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;

/**
 * The editions migration (V6) from the schema before it, with data in every table: every row is still there with
 * every value it had, all of it belongs to the first edition (OPEN, current, the year it starts in), and a writer of
 * the previous version (which knows nothing of editions) still works during a rolling upgrade. Runs in a schema of
 * its own in the test database.
 */
class EditionMigrationTest {
    private static final String DB = "summit_invitation_test";
    private static final String SCHEMA = "edition_migration";
    /** each table's rows as they were, without the columns the migration adds */
    private static final Map<String, String> DIGESTS = new LinkedHashMap<>();

    static {
        DIGESTS.put(
                "summit",
                "select md5(string_agg((to_jsonb(t) - array['year', 'status', 'current', 'created_at', "
                        + "'archived_at', 'anonymised_at', 'copied_from'])::text, '|' order by id)) from summit t");
        DIGESTS.put(
                "invitation",
                "select md5(string_agg((to_jsonb(t) - 'summit_id')::text, '|' order by id)) " + "from invitation t");
        DIGESTS.put(
                "invitation_history",
                "select md5(string_agg(to_jsonb(t)::text, '|' order by id)) " + "from invitation_history t");
        DIGESTS.put(
                "referral",
                "select md5(string_agg((to_jsonb(t) - 'summit_id')::text, '|' order by id)) " + "from referral t");
        DIGESTS.put("outgoing_mail", "select md5(string_agg(to_jsonb(t)::text, '|' order by id)) from outgoing_mail t");
        DIGESTS.put(
                "outbox_event",
                "select md5(string_agg(to_jsonb(t)::text, '|' order by event_id)) " + "from outbox_event t");
    }

    private static Flyway flyway(String target) {
        return TestDb.flyway(DB, SCHEMA, target, "db/platform", "db/migration");
    }

    @Test
    void everyRowOfTodaysSchemaBecomesTheFirstEditionUnchanged() throws Exception {
        flyway("5").clean();
        flyway("5").migrate();
        try (Connection c = connect()) {
            fill(c);
            Map<String, String> before = digests(c);
            Map<String, Long> counts = counts(c);

            flyway("6").migrate();

            assertEquals(before, digests(c), "every row keeps every value it had");
            assertEquals(counts, counts(c), "no row lost or added");
            assertEquals(
                    "1|2027|OPEN|true",
                    text(c, "select id || '|' || year || '|' || status || '|' || current " + "from summit"));
            assertEquals(0L, number(c, "select count(*) from invitation where summit_id <> 1"));
            assertEquals(0L, number(c, "select count(*) from referral where summit_id <> 1"));
            long handBuilt = number(
                    c,
                    "select count(*) from outbox_event where event_type = 'summit.updated' "
                            + "and published_at is null and payload not like '%\"summitId\"%'");
            assertEquals(1L, handBuilt, "V3's announcement, not sent yet");
            flyway("latest").migrate();
            Map<String, Long> expected = new java.util.HashMap<>(counts);
            expected.put("outbox_event", counts.get("outbox_event") - handBuilt);
            assertEquals(
                    expected,
                    counts(c),
                    "the later migrations lose no row either, but the hand-built announcement not sent yet (V12: the "
                            + "service announces every edition itself)");

            // a replica of the previous version still writes during a rolling upgrade: into the first edition
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into invitation (id, email, email_normalized, full_name, company, locale, "
                        + "status, token_hash, created_at, updated_at) values (gen_random_uuid(), 'old@example.com', "
                        + "'old@example.com', 'Old Writer', 'Example', 'en', 'DRAFT', 'hash-old', now(), now())");
            }
            assertEquals(1L, number(c, "select summit_id from invitation where token_hash = 'hash-old'"));
            // one open invitation per person and edition, still
            assertThrows(SQLException.class, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("insert into invitation (id, summit_id, email, email_normalized, full_name, "
                            + "company, locale, status, token_hash, created_at, updated_at) values (gen_random_uuid(), "
                            + "1, 'old@example.com', 'old@example.com', 'Old Writer', 'Example', 'en', 'SENT', "
                            + "'hash-old-2', now(), now())");
                }
            });
            // and a second edition gets the next id
            try (Statement s = c.createStatement()) {
                s.executeUpdate(
                        "insert into summit (name, year, starts_at, ends_at, venue, capacity, rsvp_deadline, "
                                + "open_conference_url) select name, 2028, starts_at + interval '1 year', ends_at + interval "
                                + "'1 year', venue, capacity, rsvp_deadline + interval '1 year', open_conference_url from summit");
            }
            assertEquals(
                    "2|PLANNING|false",
                    text(c, "select id || '|' || status || '|' || current from summit " + "where year = 2028"));
        } finally {
            flyway("latest").clean();
        }
    }

    /** Invitations in every status, their history, nominations (one approved into an invitation), mails, events. */
    private static void fill(Connection c) throws SQLException {
        String[] statuses = {"DRAFT", "SENT", "ACCEPTED", "DECLINED", "WAITLISTED", "EXPIRED", "REVOKED"};
        for (int i = 0; i < 70; i++) {
            String status = statuses[i % statuses.length];
            try (PreparedStatement s = c.prepareStatement("insert into invitation (id, email, email_normalized, "
                    + "full_name, company, job_title, locale, criteria, note, status, token_hash, token_sealed, "
                    + "attendee_id, created_at, updated_at, responded_at, reminded_at) values (('00000000-0000-0000-"
                    + "0000-' || lpad(?::text, 12, '0'))::uuid, ?, lower(?), ?, 'Example 公司', ?, ?, "
                    + "'OSPO_PRACTITIONER', ?, ?, ?, 'sealed', case when ? = 'ACCEPTED' then gen_random_uuid() end, "
                    + "now() - interval '3 days', now(), case when ? in ('ACCEPTED', 'DECLINED') then now() end, "
                    + "null)")) {
                s.setInt(1, i);
                s.setString(2, "Person" + i + "@Example.com");
                s.setString(3, "Person" + i + "@Example.com");
                s.setString(4, "人 " + i);
                s.setString(5, i % 2 == 0 ? "OSPO lead" : null);
                s.setString(6, i % 3 == 0 ? "en" : "zh-CN");
                s.setString(7, i % 5 == 0 ? "met at the open conference" : null);
                s.setString(8, status);
                s.setString(9, "hash-" + i);
                s.setString(10, status);
                s.setString(11, status);
                s.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into invitation_history (invitation_id, at, type, detail) select id, created_at, "
                    + "'CREATED', null from invitation");
            s.executeUpdate("insert into invitation_history (invitation_id, at, type, detail) select id, updated_at, "
                    + "status, 'moved' from invitation where status <> 'DRAFT'");
            s.executeUpdate("insert into referral (id, referrer_attendee_id, referrer_invitation, email, "
                    + "email_normalized, full_name, company, reason, status, created_at, duplicate) select "
                    + "gen_random_uuid(), attendee_id, id, 'peer-' || token_hash || '@example.org', 'peer-' || "
                    + "token_hash || '@example.org', 'Peer', 'Example', 'runs an OSPO', 'PENDING', now(), null "
                    + "from invitation where status = 'ACCEPTED'");
            s.executeUpdate("update referral set status = 'APPROVED', invitation_id = (select id from invitation "
                    + "where status = 'SENT' limit 1), decided_at = now() where id = (select min(id::text)::uuid "
                    + "from referral)");
            s.executeUpdate(
                    "insert into outgoing_mail (invitation_id, kind, recipient, subject, body, created_at) "
                            + "select id, 'INVITATION', email, 'Invitation', 'body', now() from invitation where status = 'SENT'");
        }
    }

    private static Map<String, String> digests(Connection c) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : DIGESTS.entrySet()) {
            digests.put(e.getKey(), text(c, e.getValue()));
        }
        return digests;
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DIGESTS.keySet()) {
            counts.put(table, number(c, "select count(*) from " + table));
        }
        return counts;
    }

    private static Connection connect() throws SQLException {
        Connection c = TestDb.connect(DB);
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
        }
        return c;
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        return Long.parseLong(text(c, sql));
    }
}
