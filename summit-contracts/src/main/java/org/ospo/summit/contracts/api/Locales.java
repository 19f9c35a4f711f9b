package org.ospo.summit.contracts.api;

import java.util.List;

/**
 * The languages the summit writes in (invitations, mails, the invitation page): the {@code Locale} schema of the
 * OpenAPI document and the validation of every {@code locale} field use these.
 */
public final class Locales {
    /** the name of the OpenAPI component schema ({@code @Schema(ref = Locales.SCHEMA)}) */
    public static final String SCHEMA = "Locale";
    public static final String ZH_CN = "zh-CN";
    public static final String EN = "en";
    /** for {@code @Pattern(regexp = Locales.PATTERN, message = Locales.MESSAGE)} */
    public static final String PATTERN = "zh-CN|en";
    public static final String MESSAGE = "must be zh-CN or en";
    public static final List<String> SUPPORTED = List.of(ZH_CN, EN);

    private Locales() {
    }
}
