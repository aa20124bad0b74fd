package org.partyregistry.award.entity;

import java.time.LocalDate;
import java.time.Month;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.PartyStanding;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.platform.BusinessException;

/** Who may receive the "光荣在党50年" medal in a year (rules AW1, AW2): a pure check on a member's record. */
public final class Medal50 {

    public static final int YEARS = 50;
    /** Years before this one had no medal (the first round was 2021). */
    public static final int FIRST_YEAR = 2021;

    /** Why a member is not a candidate. */
    public enum Ineligible {
        NOT_ON_ROSTER,
        NOT_FULL_MEMBER,
        NO_STANDING_START,
        STANDING_TOO_SHORT,
        ALREADY_AWARDED
    }

    /**
     * What the candidates' query reads of a member (rule AW1): the standing start and the days suspended between it
     * and July 1 of the year, summed by the database (rule M10), with the member's organization.
     */
    public record Standing(Long memberId, String name, LocalDate partyStandingStart, Long suspendedDays,
                           Long organizationId, String organizationName) {

        /** Whole years of standing on July 1 of the year (rule M10). */
        public int years(int year) {
            Integer years = PartyStanding.years(partyStandingStart, suspendedDays, measuredOn(year));
            return years == null ? 0 : years;
        }
    }

    private Medal50() {
    }

    /** Rule AW13: rounds that can be decided on run from the first to next year's, prepared in advance. */
    public static final int ROUND_YEARS_AHEAD = 1;
    /** Rule AW13: candidate lists for planning reach this many years ahead. */
    public static final int PLANNING_YEARS_AHEAD = 10;

    /** Rule AW13: a round that can be confirmed, approved and awarded as of {@code today}, or a 400 on "year". */
    public static void requireRoundYear(int year, LocalDate today) {
        requireYear(year, today.getYear() + ROUND_YEARS_AHEAD);
    }

    /** Rule AW13: a year whose candidate list can be computed for planning as of {@code today}, or a 400. */
    public static void requirePlanningYear(int year, LocalDate today) {
        requireYear(year, today.getYear() + PLANNING_YEARS_AHEAD);
    }

    private static void requireYear(int year, int last) {
        if (year < FIRST_YEAR || year > last) {
            throw BusinessException.onField("year", "medal.yearRange", FIRST_YEAR, last);
        }
    }

    /** The day standing is measured on: July 1 of the year. */
    public static LocalDate measuredOn(int year) {
        return LocalDate.of(year, Month.JULY, 1);
    }

    /** The latest standing start that can reach 50 years (without suspensions, which only take years away). */
    public static LocalDate latestStart(int year) {
        return measuredOn(year).minusYears(YEARS);
    }

    /** Whole years of standing on July 1 of the year, suspension periods taken out (rule M10). */
    public static Integer standingYears(Member member, int year) {
        return member.standingYears(measuredOn(year));
    }

    /** Null when the member is a candidate for the year, else the first reason why not. */
    public static Ineligible check(Member member, int year, boolean awardedEarlier) {
        if (member.getStatus() != MemberStatus.ACTIVE || member.getLeftZoneOn() != null) {
            return Ineligible.NOT_ON_ROSTER;
        }
        if (member.getStage() != Stage.FULL) {
            return Ineligible.NOT_FULL_MEMBER;
        }
        if (member.getPartyStandingStart() == null) {
            return Ineligible.NO_STANDING_START;
        }
        Integer years = standingYears(member, year);
        if (years == null || years < YEARS) {
            return Ineligible.STANDING_TOO_SHORT;
        }
        if (awardedEarlier) {
            return Ineligible.ALREADY_AWARDED;
        }
        return null;
    }
}
