package org.partyregistry.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BaseEntity;

/** A member holding a seat on the committee elected for a term (rule M18). */
@Entity
@Table(name = "committee_seat")
public class SeatHolder extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat", nullable = false, length = 30)
    private Seat seat;

    protected SeatHolder() {
    }

    SeatHolder(Term term, Member member, Seat seat) {
        this.term = term;
        this.member = member;
        this.seat = seat;
    }

    public Term getTerm() {
        return term;
    }

    public Member getMember() {
        return member;
    }

    public Seat getSeat() {
        return seat;
    }
}
