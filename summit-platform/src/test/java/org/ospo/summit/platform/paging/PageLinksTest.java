package org.ospo.summit.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Link header of a page: its neighbours, the request's own query with page changed, nothing past the ends. */
class PageLinksTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/invitations?status=SENT&page=1&size=20|1|20|57|"
                        + "</api/invitations?status=SENT&size=20&page=0>; rel=\"first\", "
                        + "</api/invitations?status=SENT&size=20&page=0>; rel=\"prev\", "
                        + "</api/invitations?status=SENT&size=20&page=2>; rel=\"next\", "
                        + "</api/invitations?status=SENT&size=20&page=2>; rel=\"last\"",
                "/api/attendees|0|20|0|</api/attendees?page=0>; rel=\"first\", </api/attendees?page=0>; rel=\"last\"",
                "/api/attendees?size=20|0|20|20|</api/attendees?size=20&page=0>; rel=\"first\", "
                        + "</api/attendees?size=20&page=0>; rel=\"last\"",
                "/api/attendees?size=20|0|20|21|</api/attendees?size=20&page=0>; rel=\"first\", "
                        + "</api/attendees?size=20&page=1>; rel=\"next\", </api/attendees?size=20&page=1>; rel=\"last\"",
                // past the end: prev leads back to the last page, no next
                "/api/referrals?page=9&q=%E6%9D%8E|9|20|21|</api/referrals?q=%E6%9D%8E&page=0>; rel=\"first\", "
                        + "</api/referrals?q=%E6%9D%8E&page=1>; rel=\"prev\", </api/referrals?q=%E6%9D%8E&page=1>; rel=\"last\""
            })
    void links(String request, int page, int size, long total, String expected) {
        assertEquals(expected, PageLinks.of(URI.create(request), page, size, total));
    }
}
