package org.ospo.summit.platform.db;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * TLS to PostgreSQL from one setting, {@code SUMMIT_DB_SSL_MODE} (with {@code SUMMIT_DB_CA_CERT}, the PEM of the
 * server's CA), turned into what the reactive client (the application) and JDBC (Flyway) each understand:
 * <ul>
 * <li>{@code disable} (the default): plain TCP, as on a developer's machine;</li>
 * <li>{@code require}: encrypted, the server's certificate not checked;</li>
 * <li>{@code verify-full}: encrypted, the certificate checked against the CA and the host name.</li>
 * </ul>
 * Anything else stops start-up with a message naming the setting. Ordinal 150: the services' own
 * application.properties and the environment still win for a property set explicitly.
 */
public class DatabaseTls implements ConfigSource {
    static final String MODE = "SUMMIT_DB_SSL_MODE";
    static final String CA = "SUMMIT_DB_CA_CERT";
    private final Map<String, String> properties;

    public DatabaseTls() {
        this(System.getenv(MODE), System.getenv(CA));
    }

    DatabaseTls(String mode, String caCert) {
        this.properties = properties(mode, caCert);
    }

    static Map<String, String> properties(String mode, String caCert) {
        String m = mode == null || mode.isBlank() ? "disable" : mode.trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "disable" ->
                Map.of(
                        "quarkus.datasource.reactive.postgresql.ssl-mode",
                        "disable",
                        "summit.db.jdbc-tls",
                        "sslmode=disable");
            case "require" ->
                Map.of(
                        "quarkus.datasource.reactive.postgresql.ssl-mode",
                        "require",
                        "quarkus.datasource.reactive.trust-all",
                        "true",
                        "summit.db.jdbc-tls",
                        "sslmode=require&sslfactory=org.postgresql.ssl.NonValidatingFactory");
            case "verify-full" -> {
                if (caCert == null || caCert.isBlank()) {
                    throw new IllegalStateException(MODE + "=verify-full needs " + CA
                            + " (the PEM file of the CA that signed PostgreSQL's certificate)");
                }
                yield Map.of(
                        "quarkus.datasource.reactive.postgresql.ssl-mode",
                        "require",
                        "quarkus.datasource.reactive.trust-certificate-pem",
                        "true",
                        "quarkus.datasource.reactive.trust-certificate-pem.certs",
                        caCert,
                        "quarkus.datasource.reactive.hostname-verification-algorithm",
                        "HTTPS",
                        "summit.db.jdbc-tls",
                        "sslmode=verify-full&sslrootcert=" + caCert);
            }
            default ->
                throw new IllegalStateException(MODE + " must be disable, require or verify-full, not '" + mode + "'");
        };
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String name) {
        return properties.get(name);
    }

    @Override
    public String getName() {
        return "summit-database-tls";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
