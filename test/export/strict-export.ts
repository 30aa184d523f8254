/**
 * The page of test/export/strict-csp-export.test.ts: a timeline under a strict policy (no
 * 'unsafe-inline', no blob: images, Trusted Types), with every violation the policy reports
 * kept in `window.violations` for the test to read.
 */
import '../../src/timeline/incident-timeline.js';

declare global {
  interface Window {
    violations: string[];
  }
}

window.violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
);
