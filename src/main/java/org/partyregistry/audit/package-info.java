/**
 * The audit trail.
 *
 * <ol>
 * <li>A1 Every write through a service records who, when (UTC), the entity type and id, the action and the changed
 * fields (old and new values), in the same transaction as the write: no write without its entry, no entry
 * without its write.</li>
 * <li>A2 Entries are only ever inserted; no code path updates or deletes them.</li>
 * <li>A3 Only administrators read the trail. Secrets (password hashes, ID numbers) never appear in it.</li>
 * <li>A4 The trail reads in the reader's language: entity types, actions and field names through the bundle (the
 * stored code where the bundle has none), each change as "field: old → new".</li>
 * </ol>
 */
package org.partyregistry.audit;
