package org.ospo.summit.attendee.api;

import io.quarkus.panache.common.Sort;
import java.util.function.Supplier;

/** The orders of GET /api/attendees ({@code ?sort=}); ties are broken by id, so paging never repeats an item. */
public enum AttendeeSort {
    /** the latest registered first (the default) */
    NEWEST(() -> Sort.descending("registeredAt")),
    OLDEST(() -> Sort.ascending("registeredAt")),
    /** by full name, A to Z */
    NAME(() -> Sort.ascending("fullName")),
    /** by company, A to Z, then by name */
    COMPANY(() -> Sort.ascending("company", "fullName")),
    /** the best prepared first (completeness, 100 to 0), then by name */
    COMPLETENESS(() -> Sort.descending("completeness").and("fullName", Sort.Direction.Ascending));

    public static final String DESCRIPTION = "order of the items: NEWEST (default), OLDEST, NAME, COMPANY (then "
            + "name) or COMPLETENESS (best prepared first); ties by id";
    private final Supplier<Sort> sort;

    AttendeeSort(Supplier<Sort> sort) {
        this.sort = sort;
    }

    /** the query's order, the id last (a Panache Sort is mutable: a new one each time) */
    public Sort sort() {
        return sort.get().and("id");
    }
}
