package org.partyregistry.member.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.member.control.CommitteeService;
import org.partyregistry.member.control.CommitteeView;
import org.partyregistry.member.entity.Seat;
import org.partyregistry.platform.FacesActions;

/** Records who holds which seat on a term's committee (rule M18): rows of seat and member, saved whole. */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable row. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Seat seat;
        private Long memberId;

        Row(Seat seat, Long memberId) {
            this.seat = seat;
            this.memberId = memberId;
        }

        public Seat getSeat() {
            return seat;
        }

        public void setSeat(Seat seat) {
            this.seat = seat;
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }
    }

    @Inject
    CommitteeService committees;

    private Long termId;
    private CommitteeView committee;
    private List<CommitteeView.Holder> candidates = List.of();
    private List<Row> rows = new ArrayList<>();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || termId == null) {
            return;
        }
        committee = FacesActions.attempt(() -> committees.committee(termId));
        if (committee != null) {
            candidates = committees.candidates(termId);
            reset();
        }
    }

    private void reset() {
        rows = new ArrayList<>();
        committee.holders().forEach(h -> rows.add(new Row(h.seat(), h.memberId())));
    }

    public void add() {
        rows.add(new Row(rows.isEmpty() ? Seat.SECRETARY : Seat.COMMITTEE_MEMBER, null));
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public void save() {
        List<CommitteeService.SeatInput> inputs = rows.stream()
                .map(r -> new CommitteeService.SeatInput(r.getMemberId(), r.getSeat())).toList();
        CommitteeView saved = FacesActions.attempt(() -> committees.replace(termId, inputs));
        if (saved != null) {
            committee = saved;
            reset();
            FacesActions.info("committee.saved");
        }
    }

    public boolean isLoaded() {
        return committee != null;
    }

    public boolean isEditable() {
        return committee != null && committee.endedOn() == null && committee.seats() != null;
    }

    /**
     * The term has seats but its holders were never recorded: its committee meetings are kept but marked invalid
     * ("committee not recorded"), so the page says so until they are saved.
     */
    public boolean isNotRecorded() {
        return committee != null && committee.seats() != null && committee.seats() > 0
                && committee.holders().isEmpty();
    }

    public Seat[] getSeatTypes() {
        return Seat.values();
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public CommitteeView getCommittee() {
        return committee;
    }

    public List<CommitteeView.Holder> getCandidates() {
        return candidates;
    }

    public List<Row> getRows() {
        return rows;
    }
}
