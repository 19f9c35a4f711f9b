package org.ospo.summit.platform.edition;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?summit={id}}, which every organizer list and figure takes (and the public agenda reads): the edition, the
 * current one when left out. Use as {@code @Valid @BeanParam}.
 */
public class EditionQuery {
    /** the query parameter's name */
    public static final String PARAMETER = "summit";

    @QueryParam(PARAMETER)
    @Min(1)
    @Parameter(description = "the edition (id from GET /api/summits); the current edition when left out", example = "1")
    public Integer summit;

    /** the edition asked for, or null for the current one */
    public Integer id() {
        return summit;
    }
}
