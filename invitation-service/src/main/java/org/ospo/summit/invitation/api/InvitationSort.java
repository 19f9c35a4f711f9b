package org.ospo.summit.invitation.api;

import io.quarkus.panache.common.Sort;
import java.util.function.Supplier;

/** The orders of GET /api/invitations ({@code ?sort=}); ties are broken by id, so paging never repeats an item. */
public enum InvitationSort {
    /** the newest invitations first (the default) */
    NEWEST(() -> Sort.descending("createdAt")),
    OLDEST(() -> Sort.ascending("createdAt")),
    /** by full name, A to Z */
    NAME(() -> Sort.ascending("fullName")),
    /** by company, A to Z, then by name */
    COMPANY(() -> Sort.ascending("company", "fullName"));

    public static final String DESCRIPTION =
            "order of the items: NEWEST (default), OLDEST, NAME or COMPANY (then " + "name); ties by id";
    private final Supplier<Sort> sort;

    InvitationSort(Supplier<Sort> sort) {
        this.sort = sort;
    }

    /** the query's order, the id last (a Panache Sort is mutable: a new one each time) */
    public Sort sort() {
        return sort.get().and("id");
    }
}
