package org.kaocheng.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.kaocheng.platform.Labelled;

/** Texts of the application's resource bundle and Faces messages built from them. */
public final class Messages {

    public static final String BUNDLE = "org.kaocheng.i18n.messages";

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {}

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return LocaleView.DEFAULT;
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            // no fallback to the JVM's default locale: on a server whose default is English, a
            // Chinese page or export must not come out in English (the base bundle is Chinese)
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] == null) {
                // a missing value (an id a link did not carry) reads as a dash, never "null"
                format.setFormatByArgumentIndex(i, null);
                shown[i] = "—";
            } else if (shown[i] instanceof Labelled labelled) {
                shown[i] = text(locale, labelled.labelKey());
            }
        }
        try {
            return format.format(shown);
        } catch (IllegalArgumentException e) {
            // an argument of the wrong kind for its placeholder (text where a number is formatted):
            // the message still reads, every argument as its text, and the mistake is logged
            LOG.warning("message " + key + " with arguments of the wrong kind: " + e.getMessage());
            for (int i = 0; i < shown.length; i++) {
                format.setFormatByArgumentIndex(i, null);
            }
            return format.format(shown);
        }
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /** An import error's message with its arguments (the value refused, a limit). */
    public static String text(org.kaocheng.platform.spreadsheet.ImportError error) {
        return text(error.messageKey(), error.arguments());
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
