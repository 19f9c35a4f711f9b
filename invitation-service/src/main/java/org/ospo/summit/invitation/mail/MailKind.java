package org.ospo.summit.invitation.mail;

/** The mails invitees get; each has a template per locale: templates/mail/{kind}.{locale}.txt. */
public enum MailKind {
    INVITATION,
    REMINDER,
    PROMOTED,
    REVOKED,
    SESSION_CHANGED,
    SESSION_CANCELLED;

    String template(String locale) {
        return "mail/" + name().toLowerCase() + "." + ("zh-CN".equals(locale) ? "zh-CN" : "en") + ".txt";
    }
}
