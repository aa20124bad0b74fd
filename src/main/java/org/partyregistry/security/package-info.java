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
 * <li>S4 Passwords are hashed with PBKDF2-HMAC-SHA256, 600,000 iterations unless REGISTRY_PASSWORD_ITERATIONS says
 * otherwise; a weaker stored hash is replaced at the next successful sign-in. A password has at least 8 characters
 * with a letter and a digit. A node may remember for a minute that a username and password were verified (keyed by
 * an HMAC, confirmed against the stored hash on each use), so REST calls do not each pay for PBKDF2.</li>
 * <li>S5 After 5 failed sign-ins in a row for one account from one client address, that account is locked for 15
 * minutes for that address only (other addresses still sign in); a successful sign-in resets the count. While
 * locked even the right password is refused. Unknown users, wrong passwords and locked accounts get the same
 * answer after the same work. The counts live in the database, shared by all nodes. An admin unlocks an account
 * from every address; locking and unlocking are audited.</li>
 * <li>S6 A secretary account is bound to exactly one active organization; other roles to none.</li>
 * <li>S7 Work without a signed-in caller (the demo data at start-up) runs as a named, enabled account through the
 * same services and checks as that account's requests; each such run is audited by the account (RUN_AS). Nothing
 * writes around the services.</li>
 * </ol>
 */
package org.partyregistry.security;
