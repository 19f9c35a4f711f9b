package org.ospo.summit.contracts.api;

import java.util.List;
import java.util.Locale;

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

    private Locales() {}

    /** one of {@link #SUPPORTED} (null is not) */
    public static boolean isSupported(String locale) {
        return locale != null && SUPPORTED.contains(locale);
    }

    /**
     * The language a page speaks: the one the reader chose ({@code ?lang=}), else the one the organizers wrote the
     * invitation in, else the best of the browser's Accept-Language, else Chinese (the summit's own language).
     * Anything unsupported or malformed is passed over.
     */
    public static String pick(String chosen, String invitation, String acceptLanguage) {
        if (isSupported(chosen)) {
            return chosen;
        }
        if (isSupported(invitation)) {
            return invitation;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                // zh, zh-Hans, zh-TW and zh-CN all read the Chinese page; en-GB the English one
                String best = Locale.lookupTag(ranges, List.of(ZH_CN, "zh", EN));
                if (best != null) {
                    return best.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH_CN : EN;
                }
                for (Locale.LanguageRange range : ranges) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && (tag.startsWith("zh") || tag.startsWith("en"))) {
                        return tag.startsWith("zh") ? ZH_CN : EN;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header that is not a language list says nothing
            }
        }
        return ZH_CN;
    }
}
