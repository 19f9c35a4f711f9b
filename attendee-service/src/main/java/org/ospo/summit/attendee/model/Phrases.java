package org.ospo.summit.attendee.model;

import java.text.Normalizer;
import java.util.Locale;

/** When two people wrote the same thing: a collected problem, something offered and something sought. */
public final class Phrases {
    private Phrases() {}

    /** Same text after Unicode normalisation, case folding, collapsed spaces, no end punctuation. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .trim()
                .replaceAll("\\s+", " ");
        return s.replaceAll("[\\p{Punct}。，、！？；：…]+$", "").trim();
    }

    /**
     * What one offers answers what another seeks when, normalised, one contains the other ("licence review" and
     * "Licence review at scale"); texts of fewer than three characters only when equal.
     */
    public static boolean answers(String offered, String sought) {
        String a = normalise(offered);
        String b = normalise(sought);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.length() < 3 || b.length() < 3) {
            return a.equals(b);
        }
        return a.contains(b) || b.contains(a);
    }
}
