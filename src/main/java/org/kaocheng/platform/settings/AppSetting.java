package org.kaocheng.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * One setting. Written through JPA (not native SQL) so that the audit listener records who
 * changed it, when, and from which value to which; the version column catches concurrent edits.
 */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    public static final int MAX_KEY_LENGTH = 80;
    public static final int MAX_VALUE_LENGTH = 400;

    @Id
    @Column(name = "setting_key", length = MAX_KEY_LENGTH)
    private String settingKey;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "setting_value", nullable = false, length = MAX_VALUE_LENGTH)
    private String settingValue;

    protected AppSetting() {}

    public AppSetting(String settingKey, String settingValue) {
        if (settingKey == null || settingKey.isBlank() || settingKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("setting key: " + settingKey);
        }
        this.settingKey = settingKey;
        setSettingValue(settingValue);
    }

    /**
     * Sets a setting through the entity manager (so the change is audited), creating it when
     * missing; an unchanged value writes nothing.
     */
    public static void put(EntityManager em, String key, String value) {
        AppSetting setting = em.find(AppSetting.class, key);
        if (setting == null) {
            em.persist(new AppSetting(key, value));
        } else {
            setting.setSettingValue(value);
        }
    }

    public String getSettingKey() {
        return settingKey;
    }

    public int getVersion() {
        return version;
    }

    public String getSettingValue() {
        return settingValue;
    }

    /** Changes the value; an unchanged value leaves the row (and the audit trail) untouched. */
    public final void setSettingValue(String settingValue) {
        if (settingValue == null || settingValue.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("setting value of " + settingKey);
        }
        if (!settingValue.equals(this.settingValue)) {
            this.settingValue = settingValue;
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AppSetting s && settingKey != null && settingKey.equals(s.settingKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(settingKey);
    }

    @Override
    public String toString() {
        return "AppSetting[" + settingKey + "=" + settingValue + "]";
    }
}
