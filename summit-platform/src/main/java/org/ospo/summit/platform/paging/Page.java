package org.ospo.summit.platform.paging;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 57}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(List<E> entities, Function<E, T> mapper, PageRequest request, long total) {
        return new Page<>(entities.stream().map(mapper).toList(), request.page, request.size, total);
    }
}
