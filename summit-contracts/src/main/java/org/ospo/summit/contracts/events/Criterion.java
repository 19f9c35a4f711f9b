package org.ospo.summit.contracts.events;

/**
 * Why a person was invited: the eight traits of the invitation letter ("为什么是您？").
 */
public enum Criterion {
    /** 积极的开源亲力亲为者，拥抱开源 */
    HANDS_ON_OPEN_SOURCE,
    /** 在企业工作，和开源强相关 */
    ENTERPRISE_OPEN_SOURCE,
    /** 参与过 LFAPAC OSPO SIG 组织的活动 */
    OSPO_SIG_PARTICIPANT,
    /** 对开源有着立体的认识，并希望开源帮助公司获益 */
    STRATEGIC_PERSPECTIVE,
    /** 经常为开源在企业的正确应用布道：不限于文章、演讲、对话 */
    EVANGELIST,
    /** 所在公司是开源基金会、活动的积极赞助者 */
    SPONSORING_COMPANY,
    /** 希望开源世界的知识能够显式化，让更多人掌握开源的诀窍 */
    KNOWLEDGE_SHARER,
    /** 已经在公司内做着开源项目办公室相关工作 */
    OSPO_PRACTITIONER
}
