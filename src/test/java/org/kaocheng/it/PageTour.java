package org.kaocheng.it;

import java.util.ArrayList;
import java.util.List;

/**
 * A tool (not a test) for looking at pages as their users see them: signs in as each role given,
 * opens each page in headless Chromium, saves a screenshot to {@code target/screenshots}
 * ({@code tour-<role>-<page>.png}) and says which pages answered with the error page or show a
 * missing text key ({@code ???key???}). Against a running server (the README's run command):
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kaocheng.it.PageTour \
 *   -Dkaocheng.it.attach=true -Dkaocheng.it.portOffset=0 \
 *   -Dexec.args="operator:index.xhtml,disclosure/items.xhtml assessor:appraisal/runs.xhtml"</pre>
 *
 * Each argument is {@code role:page,page,...} (the demo accounts' password); {@code -Dlang=en}
 * switches to English first. Exits with 1 when a page had a problem.
 */
public final class PageTour {

    private PageTour() {}

    public static void main(String[] args) {
        boolean english = "en".equals(System.getProperty("lang"));
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            String role = arg.substring(0, arg.indexOf(':'));
            try (Browser b = new Browser()) {
                b.login(role, ItData.DEMO_PASSWORD);
                if (english) {
                    b.click("userForm:langEn");
                }
                for (String page : arg.substring(arg.indexOf(':') + 1).split(",")) {
                    b.open(page);
                    b.screenshot("tour-" + role + "-" + page.replaceAll("[^A-Za-z0-9]+", "_"));
                    String text = b.text();
                    if (text.contains("系统错误") || text.contains("System error")) {
                        problems.add(role + " " + page + ": error page");
                    } else if (b.driver().getPageSource().contains("???")) {
                        problems.add(role + " " + page + ": a missing text key");
                    }
                    System.out.println(role + " " + page + " — " + b.title());
                }
            }
        }
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
