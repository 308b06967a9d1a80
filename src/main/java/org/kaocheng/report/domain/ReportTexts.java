package org.kaocheng.report.domain;

import org.kaocheng.platform.Texts;

/** The written sections: 一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项. */
public record ReportTexts(String overview, String problems, String otherMatters) {

    public static final int MAX_LENGTH = 8000;

    public static final ReportTexts EMPTY = new ReportTexts(null, null, null);

    public ReportTexts {
        overview = clean(overview);
        problems = clean(problems);
        otherMatters = clean(otherMatters);
    }

    private static String clean(String text) {
        return Texts.optional(text, MAX_LENGTH, "report.text.tooLong");
    }

    public String getOverview() {
        return overview;
    }

    public String getProblems() {
        return problems;
    }

    public String getOtherMatters() {
        return otherMatters;
    }
}
