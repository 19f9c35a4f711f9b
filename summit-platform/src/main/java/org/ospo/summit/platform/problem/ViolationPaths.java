package org.ospo.summit.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/** Turns Bean Validation and Jackson paths into the JSON field names a client sent ({@code speakers[0].name}). */
final class ViolationPaths {
    private ViolationPaths() {}

    static boolean isReturnValue(ConstraintViolation<?> v) {
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** Drops the method node and, for a request body, the parameter node; keeps query/path parameter names. */
    static String field(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {}
                case PARAMETER -> parameter = node.getName();
                default -> append(field, node.getName(), node.getIndex(), node.getKey());
            }
        }
        if (field.length() == 0) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            append(field, ref.getFieldName(), ref.getIndex() >= 0 ? ref.getIndex() : null, null);
        }
        return field.toString();
    }

    private static void append(StringBuilder field, String name, Integer index, Object key) {
        if (name != null && !name.isEmpty() && !name.startsWith("<")) {
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(name);
        }
        if (index != null) {
            field.append('[').append(index).append(']');
        } else if (key != null) {
            field.append('[').append(key).append(']');
        }
    }
}
