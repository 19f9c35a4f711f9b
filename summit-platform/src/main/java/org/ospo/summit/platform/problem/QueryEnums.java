package org.ospo.summit.platform.problem;

import java.util.Arrays;

/**
 * Parses an enum query parameter. JAX-RS answers 404 when a query parameter cannot be converted; the contract
 * wants 400 with the field named, so resources take such parameters as strings and parse them here.
 */
public final class QueryEnums {
    private QueryEnums() {
    }

    /** null/blank → null; unknown value → 400 problem naming the parameter and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
