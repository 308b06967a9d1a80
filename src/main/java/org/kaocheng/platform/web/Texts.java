package org.kaocheng.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bundle messages with arguments where a page needs them in an attribute (a link's value, a
 * confirmation, an item label), e.g. {@code #{texts.format('appraisal.objections.withCount', n)}}:
 * the punctuation around the values belongs to the language (申诉（3）, Objections (3)), so it
 * lives in the bundle, not in the page. Inside text, {@code h:outputFormat} does the same.
 */
@Named("texts")
@ApplicationScoped
public class Texts {

    public String format(String key, Object... arguments) {
        return Messages.text(key, arguments);
    }

    /** An import error's message, for the error tables of the import pages. */
    public String importError(org.kaocheng.platform.spreadsheet.ImportError error) {
        return Messages.text(error);
    }
}
