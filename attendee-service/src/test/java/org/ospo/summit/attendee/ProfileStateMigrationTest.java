package org.ospo.summit.attendee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;

/**
 * V7 turns "no name" into a typed {@code profile}: rows written before it (one of each kind) get the state the code
 * now writes for them. Runs in a schema of its own in the test database.
 */
class ProfileStateMigrationTest {
    private static final String DB = "summit_attendee_test";
    private static final String SCHEMA = "profile_migration";

    private static Flyway flyway(String target) {
        return TestDb.flyway(DB, SCHEMA, target, "db/platform", "db/editions", "db/migration");
    }

    @Test
    void rowsWithoutANameBecomeTombstonesOrRemovedProfiles() throws Exception {
        flyway("6").clean();
        flyway("6").migrate();
        try (Connection c = TestDb.connect(DB);
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            String columns = "insert into attendee (id, invitation_id, email, full_name, company, locale, status, "
                    + "registered_at, updated_at, withdrawn_at, preparation_updated_at) values ";
            s.execute(columns
                    + "('00000000-0000-0000-0000-000000000001', gen_random_uuid(), 'a@example.org', 'Active', 'ACME', "
                    + "'en', 'ACTIVE', '2027-02-01T10:00Z', '2027-02-01T10:00Z', null, null), "
                    + "('00000000-0000-0000-0000-000000000002', gen_random_uuid(), null, null, null, null, "
                    + "'WITHDRAWN', '2027-02-02T10:00Z', '2027-02-02T10:05Z', '2027-02-02T10:00Z', null), "
                    + "('00000000-0000-0000-0000-000000000003', gen_random_uuid(), null, null, null, null, "
                    + "'ERASED', '2027-02-01T10:00Z', '2027-02-03T10:00Z', null, '2027-02-02T10:00Z'), "
                    + "('00000000-0000-0000-0000-000000000004', gen_random_uuid(), null, null, null, null, "
                    + "'ACTIVE', '2026-02-01T10:00Z', '2027-04-01T10:00Z', null, '2026-02-10T10:00Z'), "
                    + "('00000000-0000-0000-0000-000000000005', gen_random_uuid(), null, null, null, null, "
                    + "'WITHDRAWN', '2026-02-01T10:00Z', '2027-04-01T10:00Z', '2026-02-20T10:00Z', null)");

            flyway("7").migrate();

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("1", "RECEIVED");
            expected.put("2", "NEVER_RECEIVED");
            expected.put("3", "REMOVED");
            expected.put("4", "REMOVED");
            expected.put("5", "REMOVED");
            Map<String, String> actual = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select right(id::text, 1), profile from attendee order by id")) {
                while (rs.next()) {
                    actual.put(rs.getString(1), rs.getString(2));
                }
            }
            assertEquals(expected, actual, "active, tombstone, erased, anonymised active, anonymised withdrawn");
        } finally {
            flyway("7").clean();
        }
    }
}
