/**
 * The home page: what needs attention, at a glance, within the viewer's scope. It owns no data and no rules of its
 * own; it asks the other features' control services for its cards (organizations, terms, dues arrears, coverage,
 * compliance). No feature depends on it.
 *
 * <ol>
 * <li>H1 Staff and administrators (who see everything) get the zone's coverage today and its compliance this year so
 * far; a secretary gets their own organization's status of the current quarter instead.</li>
 * <li>H2 The page shows at once, whatever the size of the scope: the cards that read the whole scope (compliance this
 * year, coverage today, dues arrears) are filled after the page has loaded, each with a line saying it is being
 * counted until then; every other card is read only when the page shows it.</li>
 * </ol>
 */
package org.partyregistry.home;
