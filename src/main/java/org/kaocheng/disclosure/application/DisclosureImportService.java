package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.spreadsheet.SheetRow;
import org.kaocheng.platform.spreadsheet.TableReader;
import org.kaocheng.unit.domain.Unit;

/**
 * Imports of proactive items and applications from .xlsx or .csv into one unit: all or nothing.
 * Every row is checked first; if any row has an error, nothing is saved and every error is
 * reported with its row and column. Columns are found by their header (Chinese or English).
 */
@ApplicationScoped
public class DisclosureImportService {

    static final int MAX_ROWS = 10_000;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ProactiveItemService items;

    private static final String[][] ITEM_COLUMNS = {
        {"title", "标题"},
        {"documentNumber", "文号"},
        {"category", "目录类别", "类别"},
        {"normative", "规范性文件"},
        {"formedOn", "形成日期", "形成或变更日期"},
        {"publishedOn", "发布日期", "公开日期"},
        {"channel", "发布渠道", "渠道"},
        {"link", "链接"},
        {"externalId", "外部编号"}
    };

    private static final String[][] APPLICATION_COLUMNS = {
        {"referenceNo", "编号"},
        {"channel", "申请方式", "渠道"},
        {"submittedOn", "提交日期"},
        {"signedForOn", "签收日期"},
        {"confirmedOn", "确认日期"},
        {"applicantType", "申请人类型"},
        {"applicantName", "申请人"},
        {"applicantIdNo", "证件号码", "证件号"},
        {"subject", "申请内容"},
        {"itemCount", "件数"},
        {"answeredOn", "答复日期"},
        {"outcome", "办理结果"},
        {"externalId", "外部编号"}
    };

    @Transactional
    public ImportResult importItems(Long unitId, String fileName, byte[] content) {
        user.requireWrite(unitId, DisclosureAccess.DISTRICT_WRITERS);
        Unit unit = items.unit(unitId);
        TableReader.Table table = TableReader.readTable(content, fileName);
        List<ImportError> errors = new ArrayList<>();
        Map<String, String> cols = header(table, ITEM_COLUMNS, List.of("title", "formedOn"), errors);
        List<ProactiveItem> valid = new ArrayList<>();
        Map<String, Integer> externalIds = new HashMap<>();
        for (SheetRow line : body(table, errors)) {
            int before = errors.size();
            externalId(line, cols, externalIds, errors);
            String title = value(line, cols, "title");
            LocalDate formed = date(line, cols, "formedOn", errors);
            LocalDate published = date(line, cols, "publishedOn", errors);
            PublicationChannel channel = channel(line, cols, errors);
            Boolean normative = yesNo(line, cols, "normative", errors);
            required(line, "title", title, errors);
            required(line, "formedOn", value(line, cols, "formedOn"), errors);
            length(line, cols, "title", 500, errors);
            length(line, cols, "documentNumber", 100, errors);
            length(line, cols, "category", 100, errors);
            length(line, cols, "link", 1000, errors);
            length(line, cols, "externalId", 100, errors);
            if (errors.size() > before) {
                continue;
            }
            try {
                ProactiveItem item = new ProactiveItem(unit, title, formed, channel);
                item.setDates(formed, published);
                item.setDocumentNumber(value(line, cols, "documentNumber"));
                item.setCategory(value(line, cols, "category"));
                item.setNormative(Boolean.TRUE.equals(normative));
                item.setLink(value(line, cols, "link"));
                item.setExternalId(value(line, cols, "externalId"));
                valid.add(item);
            } catch (BusinessRuleException e) {
                errors.add(new ImportError(line.number(), null, e.getMessageKey(), e.getArguments()));
            }
        }
        alreadyImported(ProactiveItem.class, unit, externalIds, errors);
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        valid.forEach(em::persist);
        em.flush();
        return new ImportResult(valid.size(), List.of());
    }

    @Transactional
    public ImportResult importApplications(Long unitId, String fileName, byte[] content) {
        user.requireWrite(unitId, DisclosureAccess.DISTRICT_WRITERS);
        Unit unit = items.unit(unitId);
        TableReader.Table table = TableReader.readTable(content, fileName);
        List<ImportError> errors = new ArrayList<>();
        Map<String, String> cols = header(
                table, APPLICATION_COLUMNS, List.of("channel", "applicantType", "applicantName", "subject"), errors);
        List<InfoApplication> valid = new ArrayList<>();
        Map<String, Integer> externalIds = new HashMap<>();
        for (SheetRow line : body(table, errors)) {
            int before = errors.size();
            externalId(line, cols, externalIds, errors);
            ReceiptChannel channel = option(line, cols, "channel", ReceiptChannel.class, RECEIPT_LABELS, errors);
            ApplicantType type = option(line, cols, "applicantType", ApplicantType.class, APPLICANT_LABELS, errors);
            AnswerOutcome outcome = option(line, cols, "outcome", AnswerOutcome.class, Map.of(), errors);
            LocalDate submitted = date(line, cols, "submittedOn", errors);
            LocalDate signed = date(line, cols, "signedForOn", errors);
            LocalDate confirmed = date(line, cols, "confirmedOn", errors);
            LocalDate answered = date(line, cols, "answeredOn", errors);
            String name = value(line, cols, "applicantName");
            String subject = value(line, cols, "subject");
            required(line, "channel", value(line, cols, "channel"), errors);
            required(line, "applicantType", value(line, cols, "applicantType"), errors);
            required(line, "applicantName", name, errors);
            required(line, "subject", subject, errors);
            length(line, cols, "applicantName", 200, errors);
            length(line, cols, "subject", 1000, errors);
            length(line, cols, "referenceNo", 50, errors);
            length(line, cols, "applicantIdNo", 50, errors);
            length(line, cols, "externalId", 100, errors);
            int itemCount = 1;
            String count = value(line, cols, "itemCount");
            if (count != null) {
                try {
                    itemCount = Integer.parseInt(count.replace(".0", ""));
                    if (itemCount < 1) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    errors.add(new ImportError(line.number(), "itemCount", "disclosure.import.number", count));
                }
            }
            if ((answered == null) != (outcome == null) && errors.size() == before) {
                errors.add(new ImportError(
                        line.number(),
                        answered == null ? "answeredOn" : "outcome",
                        "disclosure.import.answerNeedsBoth"));
            }
            if (errors.size() > before) {
                continue;
            }
            try {
                InfoApplication a = new InfoApplication(
                        unit,
                        channel,
                        submitted,
                        signed,
                        confirmed,
                        type,
                        name,
                        value(line, cols, "applicantIdNo"),
                        subject);
                a.setReferenceNo(value(line, cols, "referenceNo"));
                a.setItemCount(itemCount);
                a.setExternalId(value(line, cols, "externalId"));
                if (answered != null) {
                    a.answer(answered, outcome);
                }
                valid.add(a);
            } catch (BusinessRuleException e) {
                errors.add(new ImportError(line.number(), null, e.getMessageKey(), e.getArguments()));
            }
        }
        alreadyImported(InfoApplication.class, unit, externalIds, errors);
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        valid.forEach(em::persist);
        em.flush();
        return new ImportResult(valid.size(), List.of());
    }

    /**
     * A record's external id (the source system's key, unique per unit in the database) may stand
     * once in the file: a repeat is an error at its row naming the first one. {@code seen} collects
     * each id with its first row.
     */
    private static void externalId(
            SheetRow line, Map<String, String> cols, Map<String, Integer> seen, List<ImportError> errors) {
        String id = value(line, cols, "externalId");
        if (id == null) {
            return;
        }
        Integer first = seen.putIfAbsent(id, line.number());
        if (first != null) {
            errors.add(new ImportError(
                    line.number(), "externalId", "disclosure.import.externalIdRepeated", id, String.valueOf(first)));
        }
    }

    /**
     * External ids of the file that the unit already has (imported before) are errors at their
     * rows, found before saving rather than by the unique key at the end; the errors are then put
     * in row order.
     */
    private void alreadyImported(Class<?> entity, Unit unit, Map<String, Integer> rows, List<ImportError> errors) {
        List<String> ids = new ArrayList<>(rows.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            for (String id : em.createQuery(
                            "SELECT x.externalId FROM " + entity.getSimpleName()
                                    + " x WHERE x.unit = :unit AND x.externalId IN :ids",
                            String.class)
                    .setParameter("unit", unit)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList()) {
                errors.add(new ImportError(rows.get(id), "externalId", "disclosure.import.externalIdExists", id));
            }
        }
        errors.sort(Comparator.comparingInt(ImportError::row));
    }

    // --- helpers ----------------------------------------------------------------------------

    private static final Map<String, String> RECEIPT_LABELS = Map.of(
            "当面",
            "IN_PERSON",
            "当面提交",
            "IN_PERSON",
            "挂号信",
            "REGISTERED_POST",
            "邮政挂号",
            "REGISTERED_POST",
            "平信",
            "ORDINARY_LETTER",
            "信函",
            "ORDINARY_LETTER",
            "网络",
            "INTERNET",
            "互联网",
            "INTERNET",
            "传真",
            "FAX");

    private static final Map<String, String> APPLICANT_LABELS = Map.of(
            "自然人",
            "NATURAL_PERSON",
            "商业企业",
            "COMMERCIAL_ENTERPRISE",
            "科研机构",
            "RESEARCH_INSTITUTION",
            "社会公益组织",
            "PUBLIC_INTEREST_ORGANISATION",
            "法律服务机构",
            "LEGAL_SERVICE_ORGANISATION",
            "其他",
            "OTHER_ORGANISATION");

    private static final Map<String, String> CHANNEL_LABELS =
            Map.of("网站", "WEBSITE", "门户网站", "WEBSITE", "微博", "WEIBO", "微信", "WECHAT", "其他", "OTHER");

    /** The file's header text of each known column (found by any of its names, "*" of required columns ignored). */
    private static Map<String, String> header(
            TableReader.Table table, String[][] columns, List<String> required, List<ImportError> errors) {
        Map<String, String> found = new HashMap<>();
        if (table.isEmpty()) {
            errors.add(new ImportError(1, null, "disclosure.import.empty"));
            return found;
        }
        for (String h : table.headers()) {
            if (h == null || h.isBlank()) {
                continue;
            }
            for (String[] names : columns) {
                for (String n : names) {
                    if (n.equalsIgnoreCase(h.replace("*", "").trim())) {
                        found.put(names[0], h);
                    }
                }
            }
        }
        for (String r : required) {
            if (!found.containsKey(r)) {
                errors.add(new ImportError(table.headerRow(), r, "disclosure.import.missingColumn"));
            }
        }
        return found;
    }

    private static List<SheetRow> body(TableReader.Table table, List<ImportError> errors) {
        if (table.rows().size() > MAX_ROWS) {
            errors.add(new ImportError(MAX_ROWS + 2, null, "disclosure.import.tooManyRows", String.valueOf(MAX_ROWS)));
            return List.of();
        }
        return errors.isEmpty() ? table.rows() : List.of();
    }

    private static String value(SheetRow line, Map<String, String> cols, String column) {
        String header = cols.get(column);
        return header == null ? null : line.get(header);
    }

    private static void required(SheetRow line, String column, String value, List<ImportError> errors) {
        if (value == null) {
            errors.add(new ImportError(line.number(), column, "disclosure.import.required"));
        }
    }

    private static void length(
            SheetRow line, Map<String, String> cols, String column, int max, List<ImportError> errors) {
        String v = value(line, cols, column);
        if (v != null && v.length() > max) {
            errors.add(new ImportError(line.number(), column, "disclosure.import.tooLong", String.valueOf(max)));
        }
    }

    private static LocalDate date(SheetRow line, Map<String, String> cols, String column, List<ImportError> errors) {
        String v = value(line, cols, column);
        LocalDate date = TableReader.parseDate(v);
        if (v != null && date == null) {
            errors.add(new ImportError(line.number(), column, "disclosure.import.date", v));
        }
        return date;
    }

    private static Boolean yesNo(SheetRow line, Map<String, String> cols, String column, List<ImportError> errors) {
        String v = value(line, cols, column);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> {
                return true;
            }
            case "否", "n", "no", "false", "0" -> {
                return false;
            }
            default -> {
                errors.add(new ImportError(line.number(), column, "disclosure.import.yesNo", v));
                return null;
            }
        }
    }

    private static PublicationChannel channel(SheetRow line, Map<String, String> cols, List<ImportError> errors) {
        PublicationChannel c = option(line, cols, "channel", PublicationChannel.class, CHANNEL_LABELS, errors);
        return c == null ? PublicationChannel.WEBSITE : c;
    }

    private static <E extends Enum<E>> E option(
            SheetRow line,
            Map<String, String> cols,
            String column,
            Class<E> type,
            Map<String, String> labels,
            List<ImportError> errors) {
        String v = value(line, cols, column);
        if (v == null) {
            return null;
        }
        String name = labels.getOrDefault(v, v.toUpperCase(Locale.ROOT));
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(line.number(), column, "disclosure.import.option", v));
            return null;
        }
    }
}
