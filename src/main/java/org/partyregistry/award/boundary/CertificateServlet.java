package org.partyregistry.award.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partyregistry.award.control.CertificateData;
import org.partyregistry.award.control.CertificatePdf;
import org.partyregistry.award.control.CjkFont;
import org.partyregistry.award.control.MedalService;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;

/**
 * The certificate for the pages (rule AW8): the REST endpoint takes HTTP Basic only, so a link on a page, signed in
 * by form, opens the same PDF here ({@code ?year=YYYY&member=ID}); 404 for anyone but an awardee in scope.
 */
@WebServlet("/award/certificate.pdf")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MedalService medals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String member = request.getParameter("member");
        if (member == null || !member.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        String name;
        try {
            int year = MedalResource.year(request.getParameter("year"));
            CertificateData data = medals.certificate(year, Long.parseLong(member));
            pdf = CertificatePdf.write(data, CjkFont.locate());
            name = data.name();
        } catch (RuntimeException e) {
            BusinessException refusal = unwrap(e);
            if (refusal == null) {
                throw e;
            }
            response.sendError(refusal.status() == 400 ? HttpServletResponse.SC_NOT_FOUND : refusal.status(),
                    Messages.of(request.getLocale()).format(refusal.key(), refusal.args()));
            return;
        }
        response.setContentType(MedalResource.PDF);
        response.setHeader("Content-Disposition", MedalResource.disposition(Messages.of(Messages.CHINESE)
                .get("certificate.fileName") + "-" + name + ".pdf", "certificate-" + member + ".pdf", "inline"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static BusinessException unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }
}
