package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;

/**
 * Rule ACT21: an organization's own report rows as the short text {@code compliance_kept.figures} holds, and back.
 * One entry per row that requires or holds something ({@code code,frequency,required,held,valid,from,to}, the days
 * as epoch days, empty when none), separated by {@code ;}; a row left out is an activity type with no requirement and
 * nothing held. Each type and frequency has a fixed code here, so that reordering or adding to the enums never
 * changes what stored text means (the switches do not compile until a new value has its code).
 */
final class KeptFigures {

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final Map<Character, ActivityType> BY_CODE = new java.util.HashMap<>();

    static {
        for (ActivityType type : TYPES) {
            if (BY_CODE.put(code(type), type) != null) {
                throw new IllegalStateException("two activity types share the code " + code(type));
            }
        }
    }

    private KeptFigures() {
    }

    static char code(ActivityType type) {
        return switch (type) {
            case BRANCH_GENERAL_MEETING -> 'G';
            case BRANCH_COMMITTEE_MEETING -> 'C';
            case GROUP_MEETING -> 'P';
            case PARTY_LECTURE -> 'L';
            case THEMED_PARTY_DAY -> 'T';
            case ORGANIZATION_LIFE_MEETING -> 'O';
            case DEMOCRATIC_REVIEW -> 'D';
            case STUDY_SESSION -> 'S';
            case OTHER -> 'X';
        };
    }

    static char code(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 'M';
            case QUARTERLY -> 'Q';
            case YEARLY -> 'Y';
            case NONE -> 'N';
        };
    }

    static Frequency frequency(char code) {
        return switch (code) {
            case 'M' -> Frequency.MONTHLY;
            case 'Q' -> Frequency.QUARTERLY;
            case 'Y' -> Frequency.YEARLY;
            case 'N' -> Frequency.NONE;
            default -> throw new IllegalArgumentException("no frequency has the code " + code);
        };
    }

    /** The rows of a report (without the period in progress) as text. */
    static String encode(List<ComplianceReport.Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 24);
        for (ComplianceReport.Row r : rows) {
            if (r.frequency() == Frequency.NONE && r.required() == 0 && r.held() == 0 && r.valid() == 0
                    && r.periodFrom() == null && r.periodTo() == null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(code(r.type())).append(',').append(code(r.frequency())).append(',').append(r.required())
                    .append(',').append(r.held()).append(',').append(r.valid()).append(',');
            if (r.periodFrom() != null) {
                text.append(r.periodFrom().toEpochDay());
            }
            text.append(',');
            if (r.periodTo() != null) {
                text.append(r.periodTo().toEpochDay());
            }
        }
        return text.toString();
    }

    /** The rows the text stands for, one per activity type in the enum's order. */
    static List<ComplianceReport.Row> decode(String text) {
        Map<ActivityType, ComplianceReport.Row> rows = new EnumMap<>(ActivityType.class);
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf(';', at);
            end = end < 0 ? text.length() : end;
            ComplianceReport.Row row = row(text, at, end);
            rows.put(row.type(), row);
            at = end + 1;
        }
        List<ComplianceReport.Row> all = new ArrayList<>(TYPES.length);
        for (ActivityType type : TYPES) {
            ComplianceReport.Row row = rows.get(type);
            all.add(row != null ? row : ComplianceReport.Row.of(type, Frequency.NONE, 0, 0, 0));
        }
        return List.copyOf(all);
    }

    /**
     * One entry {@code code,frequency,required,held,valid,from,to} between two positions of the text, read in place
     * (a city's table reads fifty thousand of them).
     */
    private static ComplianceReport.Row row(String text, int from, int to) {
        if (to - from < 9 || text.charAt(from + 1) != ',' || text.charAt(from + 3) != ',') {
            throw new IllegalArgumentException("not a kept report row: " + text.substring(from, to));
        }
        ActivityType type = BY_CODE.get(text.charAt(from));
        if (type == null) {
            throw new IllegalArgumentException("no activity type has the code " + text.charAt(from));
        }
        Frequency frequency = frequency(text.charAt(from + 2));
        long[] numbers = new long[5];
        int field = 0;
        int at = from + 4;
        for (; field < numbers.length; field++) {
            long value = 0;
            boolean digits = false;
            while (at < to && text.charAt(at) != ',') {
                char c = text.charAt(at++);
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("not a kept report row: " + text.substring(from, to));
                }
                value = value * 10 + (c - '0');
                digits = true;
            }
            if (!digits && field < 3) {
                throw new IllegalArgumentException("not a kept report row: " + text.substring(from, to));
            }
            numbers[field] = digits ? value : -1;
            if (field < numbers.length - 1) {
                if (at >= to) {
                    throw new IllegalArgumentException("not a kept report row: " + text.substring(from, to));
                }
                at++;
            }
        }
        if (at != to) {
            throw new IllegalArgumentException("not a kept report row: " + text.substring(from, to));
        }
        int required = (int) numbers[0];
        long valid = numbers[2];
        return new ComplianceReport.Row(type, frequency, required, numbers[1], valid, Math.max(0, required - valid),
                day(numbers[3]), day(numbers[4]), null);
    }

    /** An epoch day, or none (-1). */
    private static LocalDate day(long epochDay) {
        return epochDay < 0 ? null : LocalDate.ofEpochDay(epochDay);
    }
}
