package org.partyregistry.award.entity;

/** The honors of rule AW10 and what kind of subject each names. */
public enum HonorKind {
    /** 优秀共产党员 */
    OUTSTANDING_MEMBER(true),
    /** 优秀党务工作者 */
    OUTSTANDING_PARTY_WORKER(true),
    /** 先进基层党组织 */
    ADVANCED_ORGANIZATION(false);

    private final boolean forMember;

    HonorKind(boolean forMember) {
        this.forMember = forMember;
    }

    public boolean isForMember() {
        return forMember;
    }
}
