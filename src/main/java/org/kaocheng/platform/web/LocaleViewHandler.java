package org.kaocheng.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is created in the language the user chose ({@link LocaleView}: Chinese unless
 * switched), not in the browser's {@code Accept-Language}. The page itself renders in that
 * language anyway ({@code f:view locale}), but what a page says before it renders — a view
 * action's or {@code @PostConstruct}'s message, a converter's — took the view's first locale, so
 * an English browser got English messages on a Chinese page (and the other way round).
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        LocaleView chosen = context.getApplication().evaluateExpressionGet(context, "#{localeView}", LocaleView.class);
        return chosen == null ? LocaleView.DEFAULT : chosen.getLocale();
    }
}
