/**
 * Accounts, authentication and data scope.
 *
 * <ol>
 * <li>S1 Roles: ADMIN (accounts, reference data, everything), COMMITTEE_STAFF (reads everything, writes reference
 * data and any organization), BRANCH_SECRETARY (bound to one organization: reads and writes it and what is below
 * it, nothing else).</li>
 * <li>S2 A secretary may not move, merge or dissolve the organization they are bound to (that would take it out
 * of their own scope); the committee does that.</li>
 * <li>S3 Scope is checked in the services, for pages and REST alike; outside it a caller gets 403.</li>
 * <li>S4 Passwords are hashed with the platform's PBKDF2; a password has at least 8 characters with a letter and
 * a digit.</li>
 * <li>S5 After 5 failed logins in a row an account is locked for 15 minutes; a successful login resets the count.
 * While locked even the right password is refused.</li>
 * <li>S6 A secretary account is bound to exactly one active organization; other roles to none.</li>
 * </ol>
 */
package org.partyregistry.security;
