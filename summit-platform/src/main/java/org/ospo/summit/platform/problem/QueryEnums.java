package org.ospo.summit.platform.problem;

import java.util.Arrays;

/**
 * Parses an enum query parameter. JAX-RS answers 404 when a query parameter cannot be converted; the contract
 * wants 400 with the field named, so resources take such parameters as strings and parse them here. The value is the
 * constant exactly as the OpenAPI document's enum lists it (as in JSON bodies): {@code LEGAL}, not {@code legal}.
 */
public final class QueryEnums {
    private QueryEnums() {}

    /** null → null; any other value not one of the constants → 400 problem naming the parameter and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** as {@link #parse}, with {@code fallback} when the parameter is absent */
    public static <E extends Enum<E>> E parseOr(Class<E> type, String parameter, String value, E fallback) {
        E parsed = parse(type, parameter, value);
        return parsed == null ? fallback : parsed;
    }
}
