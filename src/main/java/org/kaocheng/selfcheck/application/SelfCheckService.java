package org.kaocheng.selfcheck.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.selfcheck.domain.AnswerValue;
import org.kaocheng.selfcheck.domain.CampaignStatus;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.Evidence;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;
import org.kaocheng.selfcheck.domain.SelfCheckEvent;

/**
 * A unit's self-check: the unit operator fills and submits their own unit's; assessors review
 * item by item. An edit based on a stale copy of an item (the assessor and the unit working on
 * it at once) is refused with who changed it and when, and the refused user's input stays in
 * their form: nobody's answer or review is lost.
 */
@ApplicationScoped
public class SelfCheckService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    /** The operator's own unit's self-checks, newest campaign first. */
    public List<SelfCheck> mine() {
        Long unitId = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("not a unit operator"));
        return em.createNamedQuery("SelfCheck.ofUnit", SelfCheck.class)
                .setParameter("unitId", unitId)
                .getResultList();
    }

    /** A self-check the user may read, with its answers. */
    public SelfCheck get(Long selfCheckId) {
        SelfCheck selfCheck = selfCheckId == null ? null : em.find(SelfCheck.class, selfCheckId);
        SelfCheckAccess.requireReader(user, selfCheck);
        selfCheck.getAnswers().forEach(a -> a.getItem().getSection().getSeq());
        return selfCheck;
    }

    public SelfCheck ofCampaignAndUnit(Long campaignId, Long unitId) {
        SelfCheck selfCheck = em.createNamedQuery("SelfCheck.ofCampaignAndUnit", SelfCheck.class)
                .setParameter("campaignId", campaignId)
                .setParameter("unitId", unitId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        SelfCheckAccess.requireReader(user, selfCheck);
        return selfCheck;
    }

    /** The current evidence of every item of a self-check. */
    public List<Evidence> currentEvidence(Long selfCheckId) {
        get(selfCheckId);
        return em.createNamedQuery("Evidence.currentOfSelfCheck", Evidence.class)
                .setParameter("selfCheckId", selfCheckId)
                .setParameter("no", false)
                .getResultList();
    }

    /** Every evidence ever given for an item, replaced and withdrawn ones included. */
    public List<Evidence> evidenceHistory(Long answerId) {
        answer(answerId, false);
        return em.createNamedQuery("Evidence.allOfAnswer", Evidence.class)
                .setParameter("answerId", answerId)
                .getResultList();
    }

    /** The rounds of one item: submissions, reviews, with the answer at each. */
    public List<SelfCheckEvent> history(Long answerId) {
        answer(answerId, false);
        return em.createNamedQuery("SelfCheckEvent.ofAnswer", SelfCheckEvent.class)
                .setParameter("answerId", answerId)
                .getResultList();
    }

    /** Reopenings and reminders of the whole self-check and every item's rounds. */
    public List<SelfCheckEvent> events(Long selfCheckId) {
        get(selfCheckId);
        return em.createNamedQuery("SelfCheckEvent.ofSelfCheck", SelfCheckEvent.class)
                .setParameter("selfCheckId", selfCheckId)
                .getResultList();
    }

    @Transactional
    public SelfCheckAnswer saveAnswer(Long answerId, int expectedVersion, AnswerValue value) {
        SelfCheckAnswer answer = answer(answerId, true);
        requireSameVersion(answer, expectedVersion);
        answer.getSelfCheck()
                .saveAnswer(
                        answer,
                        value == null ? AnswerValue.empty() : value,
                        user.getUsername(),
                        LocalDateTime.now(clock));
        em.flush();
        return answer;
    }

    /** First submission, or resubmission of the returned items. */
    @Transactional
    public SelfCheck submit(Long selfCheckId, int expectedVersion) {
        SelfCheck selfCheck = em.find(SelfCheck.class, selfCheckId);
        SelfCheckAccess.requireFiller(user, selfCheck);
        if (selfCheck.getVersion() != expectedVersion) {
            throw new BusinessRuleException("selfcheck.changedMeanwhile");
        }
        selfCheck.submit(this::hasCurrentEvidence, user.getUsername(), LocalDate.now(clock), LocalDateTime.now(clock));
        em.flush();
        return selfCheck;
    }

    boolean hasCurrentEvidence(SelfCheckAnswer answer) {
        return em.createNamedQuery("Evidence.countCurrentOfAnswer", Long.class)
                        .setParameter("answerId", answer.getId())
                        .setParameter("no", false)
                        .getSingleResult()
                > 0;
    }

    /** The assessor accepts an item (score within its points; full points if none given). */
    @Transactional
    public SelfCheckAnswer accept(Long answerId, int expectedVersion, BigDecimal score, String comment) {
        SelfCheckAccess.requireAssessor(user);
        SelfCheckAnswer answer = answer(answerId, false);
        requireSameVersion(answer, expectedVersion);
        answer.getSelfCheck().accept(answer, score, comment, user.getUsername(), LocalDateTime.now(clock));
        em.flush();
        return answer;
    }

    /** The assessor returns an item to the unit with a comment. */
    @Transactional
    public SelfCheckAnswer returnItem(Long answerId, int expectedVersion, String comment, BigDecimal score) {
        SelfCheckAccess.requireAssessor(user);
        SelfCheckAnswer answer = answer(answerId, false);
        requireSameVersion(answer, expectedVersion);
        answer.getSelfCheck().returnItem(answer, comment, score, user.getUsername(), LocalDateTime.now(clock));
        em.flush();
        return answer;
    }

    /** A unit's provisional item scores in a campaign (the appraisal's manual indicators). */
    public List<ItemScore> provisionalScores(Long campaignId, Long unitId) {
        if (!user.hasAnyRole(Role.ASSESSOR, Role.VIEWER) && !SelfCheckAccess.ownUnit(user, unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the user's scope");
        }
        return em
                .createNamedQuery("SelfCheckAnswer.scoresOfCampaignAndUnit", SelfCheckAnswer.class)
                .setParameter("campaignId", campaignId)
                .setParameter("unitId", unitId)
                .getResultList()
                .stream()
                .map(a -> new ItemScore(
                        a.getId(),
                        a.getItem().getCode(),
                        a.getItem().getQuestion(),
                        a.getItem().getPoints(),
                        a.getStatus(),
                        a.getProvisionalScore(),
                        a.getReviewComment()))
                .toList();
    }

    /** For the unit operator's dashboard: open self-checks with something to do, and reminders. */
    public List<DashboardReminder> reminders() {
        if (user.getOperatorUnitId().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "SELECT s FROM SelfCheck s JOIN FETCH s.campaign c WHERE s.unit.id = :unitId"
                                + " AND c.status = :open AND s.status IN :pending ORDER BY c.closesOn",
                        SelfCheck.class)
                .setParameter("unitId", user.getOperatorUnitId().get())
                .setParameter("open", CampaignStatus.OPEN)
                .setParameter("pending", List.of(CheckStatus.NOT_STARTED, CheckStatus.DRAFT, CheckStatus.RETURNED))
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(s -> new DashboardReminder(
                        s.getId(),
                        s.getCampaign().getTitle(),
                        s.getCampaign().getPeriodLabel(),
                        s.getStatus(),
                        s.getCampaign().getClosesOn(),
                        s.getReopenedUntil(),
                        s.isOverdue(today),
                        s.getRemindedAt(),
                        s.getReminderMessage()))
                .toList();
    }

    /** A self-check the user may read, as the data of its printable report. */
    public SelfCheckReportData reportData(Long selfCheckId) {
        SelfCheck selfCheck = get(selfCheckId);
        List<SelfCheckReportData.ItemLine> items = selfCheck.getAnswers().stream()
                .map(a -> new SelfCheckReportData.ItemLine(
                        a.getItem().getCode(),
                        a.getItem().getSection().getTitle(),
                        a.getItem().getQuestion(),
                        a.snapshot(),
                        a.getStatus().name(),
                        a.getItem().getPoints(),
                        a.getProvisionalScore(),
                        a.getReviewComment()))
                .toList();
        List<SelfCheckReportData.EvidenceLine> evidence = currentEvidence(selfCheckId).stream()
                .map(e -> new SelfCheckReportData.EvidenceLine(
                        e.getAnswer().getItem().getCode(),
                        e.getDisplayName(),
                        e.getFileType() == null
                                ? e.getKind().name()
                                : e.getFileType().name(),
                        e.getSizeBytes(),
                        e.getSha256(),
                        e.getUrl(),
                        e.getUploadedAt(),
                        e.getUploadedBy()))
                .toList();
        BigDecimal points = selfCheck.getCampaign().getTemplate().totalPoints();
        BigDecimal score = selfCheck.getAnswers().stream()
                .map(SelfCheckAnswer::getProvisionalScore)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SelfCheckReportData(
                selfCheck.getCampaign().getTitle(),
                selfCheck.getCampaign().getPeriodLabel(),
                selfCheck.getUnit().getName(),
                selfCheck.getStatus().name(),
                selfCheck.isLate(),
                selfCheck.getRoundNo(),
                selfCheck.getCampaign().getClosesOn(),
                selfCheck.getFirstSubmittedAt(),
                selfCheck.getLastSubmittedAt(),
                points,
                score,
                items,
                evidence);
    }

    /**
     * The answer, if the user may read it (or, with {@code fill}, fill it: only the unit's own
     * operator). A missing id is refused like a foreign one.
     */
    SelfCheckAnswer answer(Long answerId, boolean fill) {
        SelfCheckAnswer answer = answerId == null ? null : em.find(SelfCheckAnswer.class, answerId);
        if (answer == null) {
            throw new AccessDeniedException("no such answer " + answerId);
        }
        if (fill) {
            SelfCheckAccess.requireFiller(user, answer.getSelfCheck());
        } else {
            SelfCheckAccess.requireReader(user, answer.getSelfCheck());
        }
        return answer;
    }

    private static void requireSameVersion(SelfCheckAnswer answer, int expectedVersion) {
        if (answer.getVersion() != expectedVersion) {
            throw new BusinessRuleException(
                    "selfcheck.answer.changedMeanwhile",
                    answer.getItem().getCode(),
                    answer.getChangedBy() == null ? "-" : answer.getChangedBy(),
                    answer.getChangedAt() == null
                            ? "-"
                            : answer.getChangedAt().withNano(0).toString().replace('T', ' '));
        }
    }
}
