package org.kaocheng.platform.startup;

/** What the run command prints once the demo district is ready. */
public final class DemoBanner {

    /** The password of every demo account (demo mode only; production has no default password). */
    public static final String DEMO_PASSWORD = "Kaocheng@2026";

    private DemoBanner() {}

    static String text() {
        return """

                ==================================================================
                 Kaocheng 考成 is ready: http://localhost:8080/
                 Demo accounts (password %s):
                   admin        系统管理员 admin
                   auditor      审计员 auditor
                   coordinator  培训管理员 training coordinator
                   operator     单位填报员 unit operator (区教育局)
                   assessor     考核员 assessor
                   leader       领导 viewer
                ==================================================================""".formatted(DEMO_PASSWORD);
    }
}
