package org.partyregistry.dues.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.partyregistry.member.entity.Member;

/**
 * A row of the summary {@code dues_standing} (rule D8, see {@link Standing}): one per member who owes dues, kept
 * current by SQL statements in the same transaction as every write that changes it ({@code DuesStandings}) and
 * rebuildable from the facts at any time. Mapped only to be queried (JPQL joins it to the member); never written
 * through JPA, so it has no version.
 */
@Entity
@Cacheable(false)
@Table(name = "dues_standing")
public class DuesStanding {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", insertable = false, updatable = false)
    private Member member;

    @Column(name = "owes_from", nullable = false)
    private Integer owesFrom;

    @Column(name = "paid_through", nullable = false)
    private Integer paidThrough;

    @Column(name = "paid_before", nullable = false)
    private Integer paidBefore;

    protected DuesStanding() {
    }

    public Long getMemberId() {
        return memberId;
    }

    public Standing standing() {
        return new Standing(owesFrom, paidThrough, paidBefore);
    }
}
