package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;

/**
 * The one place a member is looked up by id: an unknown id answers {@code 404}, and the readable/writable forms
 * check the caller's data scope on the member's organization (rule S1) in the same step.
 */
@ApplicationScoped
public class Members {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The member, or {@code 404}; the caller checks the scope the use case needs. */
    public Member require(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        return member;
    }

    /** The member, whom the caller may read; else {@code 404} or {@code 403}. */
    public Member readable(long id) {
        Member member = require(id);
        currentUser.scope().requireRead(member.getOrganization().getPath());
        return member;
    }

    /** The member, whom the caller may change; else {@code 404} or {@code 403}. */
    public Member writable(long id) {
        Member member = require(id);
        currentUser.scope().requireWrite(member.getOrganization().getPath());
        return member;
    }
}
