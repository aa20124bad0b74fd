package org.partyregistry.organization.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.organization.control.CommitteeRecords;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** One term of office: its facts, the history of its expiry, and postponing or bringing it forward (rule O14). */
@Named
@ViewScoped
public class TermBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermService terms;

    @Inject
    CommitteeRecords committees;

    @Inject
    ChinaClock clock;

    private Long termId;
    private TermView term;
    private boolean committeeNotRecorded;
    private LocalDate expiresOn;
    private String reason;
    private LocalDate approvedOn;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || termId == null) {
            return;
        }
        term = FacesActions.attempt(() -> terms.term(termId));
        if (term != null) {
            expiresOn = term.expiresOn();
            committeeNotRecorded = !committees.notRecorded(List.of(term)).isEmpty();
        }
    }

    public void changeExpiry() {
        TermView changed = FacesActions.attempt(() -> terms.changeExpiry(termId,
                new TermService.ExpiryInput(expiresOn, reason, approvedOn, term.version())));
        if (changed != null) {
            term = changed;
            reason = null;
            approvedOn = null;
            FacesActions.info("term_page.changed", changed.expiresOn());
        }
    }

    public boolean isLoaded() {
        return term != null;
    }

    /** Rule O16: the term when its committee is in office but its seat holders were never recorded, else {@code null}. */
    public TermView getCommitteeToRecord() {
        return committeeNotRecorded ? term : null;
    }

    public boolean isOpen() {
        return term != null && term.endedOn() == null;
    }

    /** The earliest expiry allowed: a year before the one set at the election. */
    public LocalDate getEarliest() {
        return term.originalExpiresOn().minusYears(1);
    }

    /** The latest expiry allowed: a year after the one set at the election. */
    public LocalDate getLatest() {
        return term.originalExpiresOn().plusYears(1);
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public TermView getTerm() {
        return term;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }
}
