package org.ospo.summit.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One setting, two clients: what SUMMIT_DB_SSL_MODE turns into for the reactive client and for JDBC. */
class DatabaseTlsTest {
    private static final String REACTIVE = "quarkus.datasource.reactive.postgresql.ssl-mode";

    @Test
    void plainByDefault() {
        Map<String, String> p = DatabaseTls.properties(null, null);
        assertEquals("disable", p.get(REACTIVE));
        assertEquals("sslmode=disable", p.get("summit.db.jdbc-tls"));
    }

    @Test
    void requireEncryptsWithoutChecking() {
        Map<String, String> p = DatabaseTls.properties("require", null);
        assertEquals("require", p.get(REACTIVE));
        assertEquals("true", p.get("quarkus.datasource.reactive.trust-all"));
        assertTrue(p.get("summit.db.jdbc-tls").startsWith("sslmode=require"));
    }

    @Test
    void verifyFullChecksTheCaAndTheHostName() {
        Map<String, String> p = DatabaseTls.properties("VERIFY-FULL", "/etc/db/ca.crt");
        assertEquals("require", p.get(REACTIVE));
        assertEquals("/etc/db/ca.crt", p.get("quarkus.datasource.reactive.trust-certificate-pem.certs"));
        assertEquals("HTTPS", p.get("quarkus.datasource.reactive.hostname-verification-algorithm"));
        assertEquals("sslmode=verify-full&sslrootcert=/etc/db/ca.crt", p.get("summit.db.jdbc-tls"));
        assertFalse(p.containsKey("quarkus.datasource.reactive.trust-all"));
    }

    @Test
    void aMissingCaOrAnUnknownModeIsNamed() {
        assertTrue(assertThrows(IllegalStateException.class, () -> DatabaseTls.properties("verify-full", ""))
                .getMessage()
                .contains("SUMMIT_DB_CA_CERT"));
        assertTrue(assertThrows(IllegalStateException.class, () -> DatabaseTls.properties("yes", null))
                .getMessage()
                .contains("SUMMIT_DB_SSL_MODE"));
    }
}
