package org.ospo.summit.invitation.api;

import io.quarkus.panache.common.Sort;
import java.util.function.Supplier;

/** The orders of GET /api/referrals ({@code ?sort=}); ties are broken by id, so paging never repeats an item. */
public enum ReferralSort {
    /** in the order they came in (the default: the review queue) */
    OLDEST(() -> Sort.ascending("createdAt")),
    NEWEST(() -> Sort.descending("createdAt")),
    /** by the nominee's name, A to Z */
    NAME(() -> Sort.ascending("fullName"));

    public static final String DESCRIPTION =
            "order of the items: OLDEST (default), NEWEST or NAME (the nominee's); " + "ties by id";
    private final Supplier<Sort> sort;

    ReferralSort(Supplier<Sort> sort) {
        this.sort = sort;
    }

    /** the query's order, the id last (a Panache Sort is mutable: a new one each time) */
    public Sort sort() {
        return sort.get().and("id");
    }
}
