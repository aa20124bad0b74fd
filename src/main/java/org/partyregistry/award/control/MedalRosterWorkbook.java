package org.partyregistry.award.control;

import static org.partyregistry.platform.ReportSheet.Kind.DATE;
import static org.partyregistry.platform.ReportSheet.Kind.INTEGER;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import java.util.stream.Collectors;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;

/**
 * The ceremony roster (rule AW9) in the tidy layout of the other workbooks: a title row, the awarding body, the
 * ceremony DATE.of(s), the as-of date and the unit, a header, one numbered row per awardee and a total row.
 */
public final class MedalRosterWorkbook {

    private MedalRosterWorkbook() {
    }

    public static byte[] write(MedalRoster roster, Messages messages) {
        try (ReportBook book = ReportBook.of(messages)) {
            ReportSheet sheet = book.sheet(messages.get("medal_roster.sheet"),
                    INTEGER.of("medal_roster.number", 6), TEXT.of("member.name", 14), TEXT.of("medal_roster.sex", 6),
                    INTEGER.of("medal_roster.birthYear", 10), TEXT.of("member.organization", 30),
                    DATE.of("medal.standingStart", 14), INTEGER.of("medal.standingYears", 10),
                    DATE.of("medal.awardedOn", 14));
            String ceremonies = roster.ceremonies().stream().map(Object::toString).collect(Collectors.joining("、"));
            sheet.title(messages.format("medal_roster.heading", String.valueOf(roster.year())))
                    .info(messages.format("medal_roster.info", roster.awardingBody(),
                            ceremonies.isEmpty() ? "—" : ceremonies, roster.asOf().toString()))
                    .header();
            int n = 1;
            for (MedalRoster.Line line : roster.lines()) {
                sheet.row(n++, line.name(), messages.get("Sex." + line.sex()), line.birthYear(),
                        line.organizationName(), line.partyStandingStart(), line.standingYears(), line.awardedOn());
            }
            sheet.total(messages.get("medal_roster.total"),
                    messages.format("medal_roster.persons", String.valueOf(roster.lines().size())));
            return book.bytes();
        }
    }
}
