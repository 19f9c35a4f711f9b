package org.ospo.summit.platform.edition;

/** The {@code ?summit={id}} query parameter that every organizer list and figure takes. */
public final class EditionQuery {
    public static final String NAME = "summit";
    public static final String DESCRIPTION = "the edition (id from GET /api/summits); the current edition when left out";

    private EditionQuery() {
    }
}
