package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.disclosure.domain.FilingStatus;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.NewMediaAccount_;
import org.kaocheng.disclosure.domain.OperatorKind;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.unit.domain.Unit_;

/** The registry of government new-media accounts (政务新媒体) and their update checks. */
@ApplicationScoped
public class NewMediaService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ProactiveItemService items;

    Clock clock = Clock.systemDefaultZone();

    public record AccountForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,

            @NotNull(message = "{disclosure.newMedia.platform.required}")
            MediaPlatform platform,

            @NotBlank(message = "{disclosure.newMedia.name.required}") @Size(max = 200)
            String accountName,

            @Size(max = 200) String accountId,
            OperatorKind operatorKind,
            @Size(max = 200) String operatorCompany,

            @NotNull(message = "{disclosure.newMedia.opened.required}")
            LocalDate openedOn,

            LocalDate closedOn,
            FilingStatus filingStatus) {}

    public Page<NewMediaAccount> page(PageRequest request) {
        Object requested = request.filters().get("unitId");
        Long unitId = DisclosureAccess.scopedUnit(
                user, requested == null || requested.toString().isBlank() ? null : Long.valueOf(requested.toString()));
        Map<String, Function<Root<NewMediaAccount>, Expression<?>>> sortable = Map.of(
                "accountName", r -> r.get(NewMediaAccount_.accountName),
                "platform", r -> r.get(NewMediaAccount_.platform),
                "openedOn", r -> r.get(NewMediaAccount_.openedOn));
        CriteriaPager.Filter<NewMediaAccount> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            if (unitId != null) {
                where.add(cb.equal(root.get(NewMediaAccount_.unit).get(Unit_.id), unitId));
            }
            String name = req.filterText("accountName");
            if (name != null) {
                where.add(CriteriaPager.contains(cb, root.get(NewMediaAccount_.accountName), name));
            }
            String platform = req.filterText("platform");
            if (platform != null) {
                where.add(CriteriaPager.equalsConstant(
                        cb, root.get(NewMediaAccount_.platform), MediaPlatform.class, platform));
            }
            return where;
        };
        return new CriteriaPager<>(em, NewMediaAccount.class, filter, sortable, r -> r.get(NewMediaAccount_.id))
                .page(request);
    }

    public NewMediaAccount get(Long id) {
        NewMediaAccount a = em.find(NewMediaAccount.class, id);
        if (a == null) {
            throw new BusinessRuleException("disclosure.newMedia.notFound", id);
        }
        user.requireRead(a.getUnit().getId());
        return a;
    }

    @Transactional
    public NewMediaAccount create(@Valid AccountForm form) {
        user.requireWrite(form.unitId(), DisclosureAccess.DISTRICT_WRITERS);
        NewMediaAccount a =
                new NewMediaAccount(items.unit(form.unitId()), form.platform(), form.accountName(), form.openedOn());
        apply(a, form);
        em.persist(a);
        em.flush();
        return a;
    }

    @Transactional
    public NewMediaAccount update(Long id, int expectedVersion, @Valid AccountForm form) {
        NewMediaAccount a = writable(id, expectedVersion);
        if (!a.getUnit().getId().equals(form.unitId()) || !a.getOpenedOn().equals(form.openedOn())) {
            throw new BusinessRuleException("disclosure.newMedia.fixed");
        }
        a.setPlatform(form.platform());
        a.setAccountName(form.accountName());
        apply(a, form);
        em.flush();
        return a;
    }

    private void apply(NewMediaAccount a, AccountForm form) {
        a.setAccountId(form.accountId());
        a.setOperator(form.operatorKind(), form.operatorCompany());
        a.setFilingStatus(form.filingStatus());
        a.close(form.closedOn());
    }

    /** A day on which the account posted, or the last update seen at a check. */
    @Transactional
    public void recordUpdate(Long id, @NotNull LocalDate on, UpdateSource source) {
        NewMediaAccount a = em.find(NewMediaAccount.class, id);
        if (a == null) {
            throw new BusinessRuleException("disclosure.newMedia.notFound", id);
        }
        user.requireWrite(a.getUnit().getId(), DisclosureAccess.DISTRICT_WRITERS);
        a.recordUpdate(on, source);
        em.flush();
    }

    /** Accounts active on the check date, with the veto and zombie results. */
    public List<NewMediaRow> check(LocalDate checkDate, Long unitId, boolean failingOnly) {
        return check(checkDate, unitId, failingOnly ? NewMediaRow.Show.FAILING : NewMediaRow.Show.ALL);
    }

    /** The same, keeping all accounts or those failing a rule (the records behind a dashboard figure). */
    public List<NewMediaRow> check(LocalDate checkDate, Long unitId, NewMediaRow.Show show) {
        LocalDate day = checkDate == null ? LocalDate.now(clock) : checkDate;
        return TimelinessQueries.newMedia(
                em, DisclosureSettings.load(em), day, DisclosureAccess.scopedUnit(user, unitId), show);
    }

    public List<UnitNewMediaCounts> counts(LocalDate checkDate, Long unitId) {
        LocalDate day = checkDate == null ? LocalDate.now(clock) : checkDate;
        return TimelinessQueries.newMediaCounts(
                em, DisclosureSettings.load(em), day, DisclosureAccess.scopedUnit(user, unitId));
    }

    /**
     * A year of new-media supervision: the accounts active on the check day (the year's last day,
     * or today while the year runs) with the veto failures and zombies found then, and the
     * accounts closed in the year, of which zombies when closed (清理僵尸账号).
     */
    public NewMediaYear year(Long unitId, int year) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate checkDay = end.isAfter(today) ? today : end;
        DisclosureSettings s = DisclosureSettings.load(em);
        long accounts = 0;
        long vetoes = 0;
        long zombies = 0;
        for (UnitNewMediaCounts c : TimelinessQueries.newMediaCounts(em, s, checkDay, scoped)) {
            accounts += c.accounts();
            vetoes += c.vetoFailed();
            zombies += c.zombies();
        }
        long[] closed = TimelinessQueries.newMediaClosed(em, s, scoped, LocalDate.of(year, 1, 1), end);
        return new NewMediaYear(checkDay, accounts, vetoes, zombies, closed[0], closed[1]);
    }

    private NewMediaAccount writable(Long id, int expectedVersion) {
        NewMediaAccount a = em.find(NewMediaAccount.class, id);
        if (a == null) {
            throw new BusinessRuleException("disclosure.newMedia.notFound", id);
        }
        user.requireWrite(a.getUnit().getId(), DisclosureAccess.DISTRICT_WRITERS);
        a.checkVersion(expectedVersion);
        return a;
    }
}
