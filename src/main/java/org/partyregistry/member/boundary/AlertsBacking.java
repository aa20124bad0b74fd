package org.partyregistry.member.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.control.MemberAlert;
import org.partyregistry.member.control.MemberAlerts;
import org.partyregistry.member.control.TransferService;
import org.partyregistry.member.control.TransferView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** Member alerts (rule M16) and the transfers waiting for the viewer's side (rule M14). */
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

    private List<MemberAlert> alerts;
    private List<TransferView> incoming;
    private List<TransferView> overdue;
    private Long transferId;
    private LocalDate decidedOn;
    private String reason;

    @PostConstruct
    void load() {
        alerts = members.alerts(PENDING_DAYS);
        incoming = transfers.incoming();
        overdue = transfers.pending(PENDING_DAYS);
        decidedOn = clock.today();
        reason = null;
    }

    public void receive(long id) {
        if (FacesActions.attempt(() -> transfers.receive(id, decidedOn)) != null) {
            FacesActions.info("member_alerts.received");
            load();
        }
    }

    public void refuse() {
        if (FacesActions.attempt(() -> transfers.refuse(transferId, decidedOn, reason)) != null) {
            FacesActions.info("member_alerts.refused");
            load();
        }
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public List<MemberAlert> getAlerts() {
        return alerts;
    }

    public List<TransferView> getIncoming() {
        return incoming;
    }

    public List<TransferView> getOverdue() {
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
