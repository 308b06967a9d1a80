package org.kaocheng.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.spreadsheet.SheetRow;
import org.kaocheng.platform.spreadsheet.TableReader;
import org.kaocheng.platform.spreadsheet.TableWriter;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.staff.domain.IdCardNumbers;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.PostingStart;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * Import and export of the registry: units (administrators) and staff with their current posts
 * (administrators for any unit, operators for their own). An import validates every row first
 * and imports nothing when any row is wrong; all errors come back with row and column.
 */
@ApplicationScoped
public class RegistryImportService {

    public static final List<String> STAFF_HEADERS = List.of("单位代码", "姓名", "电话", "身份证号", "岗位", "任职日期", "任职文件");
    public static final List<String> UNIT_HEADERS = List.of("单位代码", "单位名称", "类别", "上级单位代码", "考核分组");
    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** Imports staff rows, each with its current posts, in one transaction. */
    @Transactional
    public ImportResult importStaff(byte[] content, String fileName, IntConsumer progress) {
        user.requireAnyRole(Role.ADMIN, Role.UNIT_OPERATOR);
        List<SheetRow> rows = TableReader.read(content, fileName);
        List<ImportError> errors = new ArrayList<>();
        requireHeaders(rows, STAFF_HEADERS, errors);
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        Map<String, Long> units = activeUnitIdsByCode();
        Set<String> fileIdCards = new HashSet<>();
        List<String> idCards = rows.stream()
                .map(r -> IdCardNumbers.normalise(r.get("身份证号")))
                .filter(x -> x != null)
                .toList();
        Set<String> known = existingIdCards(idCards);
        List<StaffLine> lines = new ArrayList<>(rows.size());
        int n = 0;
        for (SheetRow row : rows) {
            StaffLine line = validateStaff(row, units, known, fileIdCards, errors);
            if (line != null) {
                lines.add(line);
            }
            if (++n % 1000 == 0) {
                progress.accept(n * 50 / rows.size());
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        LocalDate today = LocalDate.now();
        int done = 0;
        for (StaffLine line : lines) {
            Unit unit = em.getReference(Unit.class, line.unitId());
            Staff staff = new Staff(unit, line.name(), line.phone(), line.idCard(), today);
            em.persist(staff);
            for (PostType type : line.posts()) {
                em.persist(new Posting(staff, unit, type, line.start(), PostingStart.APPOINT, line.doc()));
            }
            if (++done % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
                progress.accept(50 + done * 50 / lines.size());
            }
        }
        em.flush();
        progress.accept(100);
        return new ImportResult(lines.size(), List.of());
    }

    private record StaffLine(
            Long unitId, String name, String phone, String idCard, Set<PostType> posts, LocalDate start, String doc) {}

    private StaffLine validateStaff(
            SheetRow row,
            Map<String, Long> units,
            Set<String> known,
            Set<String> fileIdCards,
            List<ImportError> errors) {
        int before = errors.size();
        String code = row.get("单位代码");
        Long unitId = code == null ? null : units.get(code);
        if (code == null) {
            errors.add(new ImportError(row.number(), "单位代码", "import.required"));
        } else if (unitId == null) {
            errors.add(new ImportError(row.number(), "单位代码", "import.unit.unknown", code));
        } else if (!user.canWrite(unitId, Role.ADMIN)) {
            errors.add(new ImportError(row.number(), "单位代码", "import.unit.outOfScope", code));
        }
        String name = row.get("姓名");
        if (name == null) {
            errors.add(new ImportError(row.number(), "姓名", "import.required"));
        } else if (name.length() > 50) {
            errors.add(new ImportError(row.number(), "姓名", "import.tooLong", 50));
        }
        String phone = row.get("电话");
        if (phone != null && !phone.matches("[0-9+() -]{1,30}")) {
            errors.add(new ImportError(row.number(), "电话", "import.phone.invalid", phone));
        }
        String idCard = IdCardNumbers.normalise(row.get("身份证号"));
        if (idCard != null) {
            if (!IdCardNumbers.isValid(idCard)) {
                errors.add(new ImportError(row.number(), "身份证号", "staff.idCard.invalid"));
            } else if (known.contains(idCard)) {
                errors.add(new ImportError(row.number(), "身份证号", "staff.idCard.duplicate"));
            } else if (!fileIdCards.add(idCard)) {
                errors.add(new ImportError(row.number(), "身份证号", "import.idCard.repeated"));
            }
        }
        Set<PostType> posts = EnumSet.noneOf(PostType.class);
        String postText = row.get("岗位");
        if (postText == null) {
            errors.add(new ImportError(row.number(), "岗位", "import.required"));
        } else {
            for (String part : postText.split("[、,，;；/]")) {
                if (part.isBlank()) {
                    continue;
                }
                PostType type = postType(part.strip());
                if (type == null) {
                    errors.add(new ImportError(row.number(), "岗位", "import.postType.unknown", part.strip()));
                } else {
                    posts.add(type);
                }
            }
        }
        LocalDate start = TableReader.parseDate(row.get("任职日期"));
        if (row.get("任职日期") == null) {
            errors.add(new ImportError(row.number(), "任职日期", "import.required"));
        } else if (start == null) {
            errors.add(new ImportError(row.number(), "任职日期", "import.date.invalid", row.get("任职日期")));
        } else if (start.isAfter(LocalDate.now().plusYears(1))) {
            errors.add(new ImportError(row.number(), "任职日期", "import.date.future", row.get("任职日期")));
        }
        String doc = row.get("任职文件");
        if (doc != null && doc.length() > 200) {
            errors.add(new ImportError(row.number(), "任职文件", "import.tooLong", 200));
        }
        return errors.size() == before ? new StaffLine(unitId, name, phone, idCard, posts, start, doc) : null;
    }

    /** Imports or updates units by code, in one transaction; parents may come later in the file. */
    @Transactional
    public ImportResult importUnits(byte[] content, String fileName, IntConsumer progress) {
        user.requireAnyRole(Role.ADMIN);
        List<SheetRow> rows = TableReader.read(content, fileName);
        List<ImportError> errors = new ArrayList<>();
        requireHeaders(rows, UNIT_HEADERS, errors);
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        Map<String, Unit> existing = new HashMap<>();
        em.createNamedQuery("Unit.all", Unit.class).getResultList().forEach(u -> existing.put(u.getCode(), u));
        Map<String, RankingGroup> groups = new HashMap<>();
        em.createNamedQuery("RankingGroup.all", RankingGroup.class)
                .getResultList()
                .forEach(g -> {
                    groups.put(g.getCode(), g);
                    groups.put(g.getName(), g);
                });
        Map<String, SheetRow> byCode = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            String code = row.get("单位代码");
            if (code == null) {
                errors.add(new ImportError(row.number(), "单位代码", "import.required"));
            } else if (!code.matches("[A-Za-z0-9_-]{1,32}")) {
                errors.add(new ImportError(row.number(), "单位代码", "import.unit.codeInvalid", code));
            } else if (byCode.putIfAbsent(code, row) != null) {
                errors.add(new ImportError(row.number(), "单位代码", "import.unit.repeated", code));
            }
            String name = row.get("单位名称");
            if (name == null) {
                errors.add(new ImportError(row.number(), "单位名称", "import.required"));
            } else if (name.length() > 200) {
                errors.add(new ImportError(row.number(), "单位名称", "import.tooLong", 200));
            }
            if (category(row.get("类别")) == null) {
                errors.add(new ImportError(row.number(), "类别", "import.unit.categoryInvalid", row.get("类别")));
            }
            String parent = row.get("上级单位代码");
            if (parent != null && !existing.containsKey(parent) && !containsCode(rows, parent)) {
                errors.add(new ImportError(row.number(), "上级单位代码", "import.unit.unknown", parent));
            }
            String group = row.get("考核分组");
            if (group != null && !groups.containsKey(group)) {
                errors.add(new ImportError(row.number(), "考核分组", "import.unit.groupUnknown", group));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        Map<String, Unit> all = new HashMap<>(existing);
        for (SheetRow row : byCode.values()) {
            String code = row.get("单位代码");
            Unit unit = all.get(code);
            if (unit == null) {
                unit = new Unit(code, row.get("单位名称"), category(row.get("类别")), null, null);
                em.persist(unit);
                all.put(code, unit);
            } else {
                unit.setName(row.get("单位名称"));
                unit.setCategory(category(row.get("类别")));
            }
            unit.setRankingGroup(row.get("考核分组") == null ? null : groups.get(row.get("考核分组")));
        }
        for (SheetRow row : byCode.values()) {
            String parent = row.get("上级单位代码");
            try {
                all.get(row.get("单位代码")).setParent(parent == null ? null : all.get(parent));
            } catch (org.kaocheng.platform.BusinessRuleException cycle) {
                errors.add(new ImportError(row.number(), "上级单位代码", cycle.getMessageKey()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRefused(new ImportResult(0, errors));
        }
        em.flush();
        progress.accept(100);
        return new ImportResult(byCode.size(), List.of());
    }

    /** Thrown to roll back an import whose errors appear only while applying it. */
    public static class ImportRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient ImportResult result;

        public ImportRefused(ImportResult result) {
            super("import refused with " + result.errors().size() + " errors");
            this.result = result;
        }

        public ImportResult result() {
            return result;
        }
    }

    public byte[] exportUnits() {
        user.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.ASSESSOR, Role.VIEWER);
        List<List<?>> rows = new ArrayList<>();
        for (Unit u : em.createNamedQuery("Unit.all", Unit.class).getResultList()) {
            rows.add(List.of(
                    u.getCode(),
                    u.getName(),
                    Messages.text(Locale.SIMPLIFIED_CHINESE, "unit.category." + u.getCategory()),
                    u.getParent() == null ? "" : u.getParent().getCode(),
                    u.getRankingGroup() == null ? "" : u.getRankingGroup().getName()));
        }
        return TableWriter.xlsx("单位", UNIT_HEADERS, rows);
    }

    /** Staff in the user's scope with their current posts, in the import layout (ID numbers masked). */
    public byte[] exportStaff() {
        user.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER);
        Long scope = user.readsAllUnits() ? null : user.getOperatorUnitId().orElse(-1L);
        List<Object[]> open = em.createQuery(
                        "SELECT p.staff.id, u.code, s.name, s.phone, s.idCardNo, p.postType,"
                                + " p.startDate, p.appointmentDoc FROM Posting p JOIN p.staff s JOIN p.unit u WHERE p.endDate IS NULL"
                                + (scope == null ? "" : " AND u.id = :unitId")
                                + " ORDER BY u.code, s.name, s.id, p.startDate",
                        Object[].class)
                .setParameter("unitId", scope == null ? 0L : scope)
                .getResultList();
        Map<Long, List<Object>> byStaff = new LinkedHashMap<>();
        for (Object[] r : open) {
            List<Object> row = byStaff.get((Long) r[0]);
            String post = Messages.text(Locale.SIMPLIFIED_CHINESE, "posting.postType." + r[5]);
            if (row == null) {
                row = new ArrayList<>(List.of(
                        r[1],
                        r[2],
                        r[3] == null ? "" : r[3],
                        IdCardNumbers.mask((String) r[4]),
                        post,
                        r[6],
                        r[7] == null ? "" : r[7]));
                byStaff.put((Long) r[0], row);
            } else {
                row.set(4, row.get(4) + "、" + post);
            }
        }
        return TableWriter.xlsx("工作人员", STAFF_HEADERS, new ArrayList<>(byStaff.values()));
    }

    private static void requireHeaders(List<SheetRow> rows, List<String> headers, List<ImportError> errors) {
        if (rows.isEmpty()) {
            errors.add(new ImportError(1, "", "import.empty"));
            return;
        }
        for (String header : headers) {
            if (!rows.get(0).cells().containsKey(header)) {
                errors.add(new ImportError(1, header, "import.header.missing", header));
            }
        }
    }

    private static boolean containsCode(List<SheetRow> rows, String code) {
        return rows.stream().anyMatch(r -> code.equals(r.get("单位代码")));
    }

    private Map<String, Long> activeUnitIdsByCode() {
        Map<String, Long> result = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT u.code, u.id FROM Unit u WHERE u.active = :active", Object[].class)
                .setParameter("active", true)
                .getResultList()) {
            result.put((String) r[0], (Long) r[1]);
        }
        return result;
    }

    private Set<String> existingIdCards(List<String> idCards) {
        Set<String> known = new HashSet<>();
        for (int i = 0; i < idCards.size(); i += 1000) {
            known.addAll(em.createQuery("SELECT s.idCardNo FROM Staff s WHERE s.idCardNo IN :ids", String.class)
                    .setParameter("ids", idCards.subList(i, Math.min(idCards.size(), i + 1000)))
                    .getResultList());
        }
        return known;
    }

    static PostType postType(String text) {
        for (PostType type : PostType.values()) {
            if (type.name().equalsIgnoreCase(text)
                    || Messages.text(Locale.SIMPLIFIED_CHINESE, "posting.postType." + type)
                            .equals(text)
                    || Messages.text(Locale.ENGLISH, "posting.postType." + type).equalsIgnoreCase(text)) {
                return type;
            }
        }
        return switch (text) {
            case "政务公开联络员", "联络员", "专员" -> PostType.DESIGNATED_OFFICER;
            case "专职" -> PostType.FULL_TIME;
            case "兼职" -> PostType.PART_TIME;
            default -> null;
        };
    }

    static UnitCategory category(String text) {
        if (text == null) {
            return null;
        }
        for (UnitCategory c : UnitCategory.values()) {
            if (c.name().equalsIgnoreCase(text)
                    || Messages.text(Locale.SIMPLIFIED_CHINESE, "unit.category." + c)
                            .equals(text)
                    || Messages.text(Locale.ENGLISH, "unit.category." + c).equalsIgnoreCase(text)) {
                return c;
            }
        }
        return switch (text) {
            case "部门" -> UnitCategory.DEPARTMENT;
            case "区" -> UnitCategory.DISTRICT;
            default -> null;
        };
    }
}
