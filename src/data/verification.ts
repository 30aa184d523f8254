/** How sure a source is of an incident (`verification`), as the widgets draw it. */
import type { Incident } from './schema.js';

/**
 * Reported or alleged, not verified: drawn distinctly (hollow, dashed), and hidden by a filter
 * on verified incidents. An incident the dataset does not assess is drawn as before.
 */
export const isUnverified = ({ verification }: Pick<Incident, 'verification'>): boolean =>
  verification === 'reported' || verification === 'alleged';

const assessed = new WeakMap<readonly Incident[], boolean>();

/**
 * True when some incident says how sure its source is: what offers "Verified only" and gives
 * the table a column of its own. Worked out once per dataset: a widget asks on every render.
 */
export function givesVerification(incidents: readonly Incident[]): boolean {
  let gives = assessed.get(incidents);
  if (gives === undefined) {
    gives = incidents.some((incident) => incident.verification !== undefined);
    assessed.set(incidents, gives);
  }
  return gives;
}
