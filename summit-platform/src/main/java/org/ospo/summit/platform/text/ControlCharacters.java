package org.ospo.summit.platform.text;

/**
 * Text the suite accepts holds no control characters but tab and line breaks: a NUL cannot be stored by PostgreSQL
 * (it would be a 500), and the others only ever come from broken or hostile clients.
 */
public final class ControlCharacters {
    public static final String MESSAGE = "must not contain control characters (other than tab and line breaks)";

    private ControlCharacters() {}

    public static boolean present(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }
}
