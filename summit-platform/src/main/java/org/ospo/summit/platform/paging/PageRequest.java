package org.ospo.summit.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20}, size at most 100 (docs/api.md), page at most {@value #MAX_PAGE} (the offset stays
 * far from overflowing). Use as {@code @Valid @BeanParam}.
 */
public class PageRequest {
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "zero-based page number, at most 100000", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "page size, 1 to 100", example = "20")
    public int size;

    public int offset() {
        return page * size;
    }
}
