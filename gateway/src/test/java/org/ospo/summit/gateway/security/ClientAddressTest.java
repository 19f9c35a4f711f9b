package org.ospo.summit.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose address a request comes from: forwarding headers count only when the peer is a trusted proxy. */
class ClientAddressTest {
    private final ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "fd00::/8", "192.0.2.1"));

    @ParameterizedTest(name = "peer {0}, Forwarded [{1}], X-Forwarded-For [{2}] → {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // an untrusted peer is the client, whatever it claims
                "203.0.113.5 | -                          | 198.51.100.1            | 203.0.113.5",
                "203.0.113.5 | for=198.51.100.1           | -                       | 203.0.113.5",
                // a trusted proxy: the rightmost untrusted hop
                "10.1.2.3    | -                          | 198.51.100.1            | 198.51.100.1",
                "10.1.2.3    | -                          | 6.6.6.6, 198.51.100.1   | 198.51.100.1",
                "10.1.2.3    | -                          | 198.51.100.1, 10.9.9.9  | 198.51.100.1",
                "192.0.2.1   | -                          | 198.51.100.7:4711       | 198.51.100.7",
                "10.1.2.3    | for=198.51.100.2;proto=https | 6.6.6.6              | 198.51.100.2",
                "10.1.2.3    | for=\"[2001:db8::1]:4711\"   | -                     | 2001:db8:0:0:0:0:0:1",
                // garbage or names beyond the proxy stop the walk at the last trusted address (no DNS lookups)
                "10.1.2.3    | -                          | evil.example            | 10.1.2.3",
                "10.1.2.3    | -                          | unknown, 10.4.4.4       | 10.4.4.4",
                "10.1.2.3    | -                          | -                       | 10.1.2.3",
                "fd12::1     | -                          | 198.51.100.3            | 198.51.100.3",
                "10.1.2.3    | -                          | 300.1.1.1               | 10.1.2.3"
            })
    void clientBehindTrustedProxiesOnly(String peer, String forwarded, String xff, String client) {
        assertEquals(client, clients.resolve(peer, forwarded, xff));
    }

    @Test
    void noTrustedProxiesMeansThePeer() {
        assertEquals("10.1.2.3", new ClientAddress(List.of()).resolve("10.1.2.3", "for=1.2.3.4", "1.2.3.4"));
    }

    @Test
    void aBadBlockStopsStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("ingress.example")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
    }
}
