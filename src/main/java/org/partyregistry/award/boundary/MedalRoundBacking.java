package org.partyregistry.award.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.award.control.MedalCandidate;
import org.partyregistry.award.control.MedalRosterWorkbook;
import org.partyregistry.award.control.MedalService;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.partyregistry.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A year's medal round (rules AW1-AW9): the candidates recomputed with their standing years; a secretary confirms
 * or excludes with a reason, the committee approves and awards on the ceremony date; certificates and the roster.
 */
@Named
@ViewScoped
public class MedalRoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row as the form edits it: the exclusion reason typed in. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final MedalCandidate row;
        private String reason;

        Line(MedalCandidate row) {
            this.row = row;
            this.reason = row.state() == NominationState.EXCLUDED ? row.reason() : null;
        }

        public MedalCandidate getRow() {
            return row;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isDecidable() {
            return row.eligible() && (row.state() == NominationState.PENDING
                    || row.state() == NominationState.CONFIRMED || row.state() == NominationState.EXCLUDED);
        }

        public String getCertificate() {
            return "/award/certificate.pdf?year=" + row.awardedOn().getYear() + "&member=" + row.memberId();
        }
    }

    @Inject
    MedalService medals;

    @Inject
    ChinaClock clock;

    @Inject
    CurrentUser currentUser;

    private String yearParam;
    private Integer year;
    private List<Line> lines = List.of();
    private LocalDate ceremonyOn;
    private String note;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        year = yearParam == null || yearParam.isBlank() ? Integer.valueOf(clock.today().getYear())
                : FacesActions.attempt(() -> MedalResource.year(yearParam));
        if (year != null) {
            LocalDate july = Medal50.measuredOn(year);
            ceremonyOn = july.isAfter(clock.today()) ? null : july;
            load();
        }
    }

    private void load() {
        List<MedalCandidate> rows = FacesActions.attempt(() -> medals.round(year));
        lines = rows == null ? List.of() : rows.stream().map(Line::new).toList();
    }

    public void confirm(Line line) {
        if (FacesActions.attempt(() -> medals.confirm(year, line.row.memberId())) != null) {
            FacesActions.info("medal_round.confirmed", line.row.name());
            load();
        }
    }

    public void exclude(Line line) {
        if (FacesActions.attempt(() -> medals.exclude(year, line.row.memberId(), line.reason)) != null) {
            FacesActions.info("medal_round.excluded", line.row.name());
            load();
        }
    }

    public void approve(Line line) {
        if (FacesActions.attempt(() -> medals.approve(year, line.row.memberId())) != null) {
            FacesActions.info("medal_round.approved", line.row.name());
            load();
        }
    }

    /** Awards an approved candidate, or (staff) one not yet approved when a note is given. */
    public void award(Line line) {
        if (FacesActions.attempt(() -> medals.award(year, line.row.memberId(), ceremonyOn, note)) != null) {
            FacesActions.info("medal_round.awarded", line.row.name(), ceremonyOn);
            note = null;
            load();
        }
    }

    public StreamedContent getRoster() {
        Messages messages = Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        byte[] bytes = MedalRosterWorkbook.write(medals.roster(year), messages);
        return DefaultStreamedContent.builder()
                .name(messages.format("medal_roster.fileName", String.valueOf(year)) + ".xlsx")
                .contentType(MedalResource.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public boolean isCommittee() {
        return currentUser.scope().seesEverything();
    }

    public boolean isLoaded() {
        return year != null;
    }

    public long getCandidateCount() {
        return lines.stream().filter(l -> l.row.eligible()).count();
    }

    public long count(String state) {
        NominationState wanted = NominationState.valueOf(state);
        return lines.stream().filter(l -> l.row.eligible() && l.row.state() == wanted).count();
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public Integer getYear() {
        return year;
    }

    public List<Line> getLines() {
        return lines;
    }

    public LocalDate getCeremonyOn() {
        return ceremonyOn;
    }

    public void setCeremonyOn(LocalDate ceremonyOn) {
        this.ceremonyOn = ceremonyOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getToday() {
        return clock.today();
    }
}
