package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.DisclosureSettingsService;
import org.kaocheng.platform.web.Messages;

/** Admin page: the periods of the disclosure rules. */
@Named
@ViewScoped
public class DisclosureSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureSettingsService settings;

    private int proactiveDays;
    private int interpretationDays;
    private int answerDays;
    private int correctionDays;
    private int maxExtensionDays;
    private int dueSoonDays;
    private int repeatWindowDays;
    private int vetoDays;
    private int zombieMonths;
    /** The settings as the page showed them: a save is refused if someone changed them since. */
    private DisclosureSettings loaded;

    @PostConstruct
    void init() {
        DisclosureSettings s = settings.current();
        loaded = s;
        proactiveDays = s.proactiveDays();
        interpretationDays = s.interpretationDays();
        answerDays = s.answerDays();
        correctionDays = s.correctionDays();
        maxExtensionDays = s.maxExtensionDays();
        dueSoonDays = s.dueSoonDays();
        repeatWindowDays = s.repeatWindowDays();
        vetoDays = s.vetoDays();
        zombieMonths = s.zombieMonths();
    }

    public void save() {
        DisclosureSettings edited = new DisclosureSettings(
                proactiveDays,
                interpretationDays,
                answerDays,
                correctionDays,
                maxExtensionDays,
                dueSoonDays,
                repeatWindowDays,
                vetoDays,
                zombieMonths);
        settings.update(loaded, edited);
        loaded = edited;
        Messages.info("common.saved");
    }

    public int getProactiveDays() {
        return proactiveDays;
    }

    public void setProactiveDays(int v) {
        proactiveDays = v;
    }

    public int getInterpretationDays() {
        return interpretationDays;
    }

    public void setInterpretationDays(int v) {
        interpretationDays = v;
    }

    public int getAnswerDays() {
        return answerDays;
    }

    public void setAnswerDays(int v) {
        answerDays = v;
    }

    public int getCorrectionDays() {
        return correctionDays;
    }

    public void setCorrectionDays(int v) {
        correctionDays = v;
    }

    public int getMaxExtensionDays() {
        return maxExtensionDays;
    }

    public void setMaxExtensionDays(int v) {
        maxExtensionDays = v;
    }

    public int getDueSoonDays() {
        return dueSoonDays;
    }

    public void setDueSoonDays(int v) {
        dueSoonDays = v;
    }

    public int getRepeatWindowDays() {
        return repeatWindowDays;
    }

    public void setRepeatWindowDays(int v) {
        repeatWindowDays = v;
    }

    public int getVetoDays() {
        return vetoDays;
    }

    public void setVetoDays(int v) {
        vetoDays = v;
    }

    public int getZombieMonths() {
        return zombieMonths;
    }

    public void setZombieMonths(int v) {
        zombieMonths = v;
    }
}
