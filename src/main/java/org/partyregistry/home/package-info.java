/**
 * The home page: what needs attention, at a glance, within the viewer's scope. It owns no data and no rules of its
 * own; it asks the other features' control services for its cards (organizations, terms, dues arrears, coverage,
 * compliance). No feature depends on it.
 *
 * <ol>
 * <li>H1 Staff and administrators (who see everything) get the zone's coverage today and its compliance this year so
 * far; a secretary gets their own organization's status of the current quarter instead.</li>
 * </ol>
 */
package org.partyregistry.home;
