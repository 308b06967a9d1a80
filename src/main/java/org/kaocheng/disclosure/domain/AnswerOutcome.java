package org.kaocheng.disclosure.domain;

/** The annual report's answer rows (国办公开办函〔2021〕30号), each in its category. */
public enum AnswerOutcome {
    GRANTED(OutcomeCategory.GRANTED),
    PARTLY_GRANTED(OutcomeCategory.PARTLY_GRANTED),
    /** 不予公开: 属于国家秘密 */
    REFUSED_STATE_SECRET(OutcomeCategory.REFUSED),
    /** 其他法律行政法规禁止公开 */
    REFUSED_PROHIBITED_BY_LAW(OutcomeCategory.REFUSED),
    /** 危及“三安全一稳定” */
    REFUSED_ENDANGERS_SECURITY(OutcomeCategory.REFUSED),
    /** 保护第三方合法权益 */
    REFUSED_THIRD_PARTY_RIGHTS(OutcomeCategory.REFUSED),
    /** 属于三类内部事务信息 */
    REFUSED_INTERNAL_AFFAIRS(OutcomeCategory.REFUSED),
    /** 属于四类过程性信息 */
    REFUSED_PROCESS_INFORMATION(OutcomeCategory.REFUSED),
    /** 属于行政执法案卷 */
    REFUSED_ENFORCEMENT_FILE(OutcomeCategory.REFUSED),
    /** 属于行政查询事项 */
    REFUSED_ADMINISTRATIVE_QUERY(OutcomeCategory.REFUSED),
    /** 无法提供: 本机关不掌握相关政府信息 */
    UNAVAILABLE_NOT_HELD(OutcomeCategory.UNAVAILABLE),
    /** 没有现成信息需要另行制作 */
    UNAVAILABLE_WOULD_NEED_CREATION(OutcomeCategory.UNAVAILABLE),
    /** 补正后申请内容仍不明确 */
    UNAVAILABLE_STILL_UNCLEAR(OutcomeCategory.UNAVAILABLE),
    /** 不予处理: 信访举报投诉类申请 */
    NOT_PROCESSED_PETITION(OutcomeCategory.NOT_PROCESSED),
    /** 重复申请 */
    NOT_PROCESSED_REPEATED(OutcomeCategory.NOT_PROCESSED),
    /** 要求提供公开出版物 */
    NOT_PROCESSED_PUBLICATION(OutcomeCategory.NOT_PROCESSED),
    /** 无正当理由大量反复申请 */
    NOT_PROCESSED_EXCESSIVE(OutcomeCategory.NOT_PROCESSED),
    /** 要求行政机关确认或重新出具已获取信息 */
    NOT_PROCESSED_CONFIRMATION(OutcomeCategory.NOT_PROCESSED),
    /** 其他处理: 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (= given up) */
    OTHER_NO_CORRECTION(OutcomeCategory.OTHER),
    /** 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
    OTHER_FEE_UNPAID(OutcomeCategory.OTHER),
    /** 其他 */
    OTHER(OutcomeCategory.OTHER);

    private final OutcomeCategory category;

    AnswerOutcome(OutcomeCategory category) {
        this.category = category;
    }

    public OutcomeCategory getCategory() {
        return category;
    }
}
