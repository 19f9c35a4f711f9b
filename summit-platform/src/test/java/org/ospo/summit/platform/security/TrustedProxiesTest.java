package org.ospo.summit.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which trusted-proxy entries the services accept: addresses and ranges, never what Quarkus would resolve by DNS. */
class TrustedProxiesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "127.0.0.1, true",
        "10.0.0.7:8080, true",
        "10.0.0.0/8, true",
        "172.16.0.0/12, true",
        "::1/128, true",
        "fd00::/8, true",
        "localhost, true",
        // a bare IPv6 address is read as host ':' and port 1, a name is resolved on every request
        "::1, false",
        "fe80::1, false",
        "gateway, false",
        "ingress.example.org, false",
        "10.0.0, false"
    })
    void entries(String entry, boolean accepted) {
        assertEquals(accepted, TrustedProxies.isAddress(entry));
    }

    @Test
    void theDefaultsStartAndAHostNameStopsTheStartWithTheFix() {
        new TrustedProxies(Optional.of(List.of("127.0.0.1", "::1/128")));
        new TrustedProxies(Optional.empty());
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> new TrustedProxies(Optional.of(List.of("127.0.0.1", "::1"))));
        assertTrue(e.getMessage().contains("'::1'") && e.getMessage().contains("::1/128"), e.getMessage());
    }
}
