package org.partyregistry.member.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.member.control.MemberAlert;
import org.partyregistry.member.control.MemberAlerts;
import org.partyregistry.member.control.TransferService;
import org.partyregistry.member.control.TransferView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.IdRows;
import org.partyregistry.platform.PagedRows;

/**
 * Member alerts (rule M16) and the transfers waiting for the viewer's side (rule M14): three tables read a page at a
 * time; the view keeps where each is, not its rows.
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PENDING_DAYS = 30;

    @Inject
    MemberAlerts members;

    @Inject
    TransferService transfers;

    @Inject
    ChinaClock clock;

    private final PagedRows<MemberAlert> alerts = new PagedRows<>(() -> members.count(PENDING_DAYS).total(),
            (first, max) -> members.alerts(PENDING_DAYS, first, max), MemberAlert::memberId);
    private final PagedRows<TransferView> incoming = new PagedRows<>(() -> transfers.countIncoming(),
            (first, max) -> transfers.incoming(first, max), TransferView::id);
    private final PagedRows<TransferView> overdue = new PagedRows<>(() -> transfers.countPending(PENDING_DAYS),
            (first, max) -> transfers.pending(PENDING_DAYS, first, max), TransferView::id);
    private Long transferId;
    private LocalDate decidedOn;
    private String reason;

    @PostConstruct
    void init() {
        decidedOn = clock.today();
    }

    public void receive(long id) {
        if (FacesActions.attempt(() -> transfers.receive(id, decidedOn)) != null) {
            FacesActions.info("member_alerts.received");
            decided();
        }
    }

    public void refuse() {
        if (FacesActions.attempt(() -> transfers.refuse(transferId, decidedOn, reason)) != null) {
            FacesActions.info("member_alerts.refused");
            decided();
        }
    }

    /** A transfer was decided: the transfer tables, updated next, are counted again from their first page. */
    private void decided() {
        decidedOn = clock.today();
        reason = null;
        IdRows.firstPage("incoming:incomingTable", "overdue:overdueTable");
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public PagedRows<MemberAlert> getAlerts() {
        return alerts;
    }

    public PagedRows<TransferView> getIncoming() {
        return incoming;
    }

    public PagedRows<TransferView> getOverdue() {
        return overdue;
    }

    public Long getTransferId() {
        return transferId;
    }

    public void setTransferId(Long transferId) {
        this.transferId = transferId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
