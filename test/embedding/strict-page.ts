export {};

// Runs inside the strict-CSP page: records every policy violation, then tells the test
// (the parent window) what rendered once the widgets are drawn.
const violations: string[] = [];
// Anything thrown is reported at once, rather than leaving the test to time out.
const fail = (reason: unknown) =>
  window.parent.postMessage({ type: 'strict-page', failed: String(reason) }, '*');
window.addEventListener('error', (event) => fail(event.message));
window.addEventListener('unhandledrejection', (event) => fail(event.reason));
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
});

await import('../../src/index.js');
await customElements.whenDefined('civic-dataset');
const dataset = document.querySelector('civic-dataset')!;
await new Promise((done) => dataset.addEventListener('civic-load', done, { once: true }));
const widgets = [
  ...document.querySelectorAll(
    'civic-incident-timeline, civic-province-map, civic-recommendation-tracker',
  ),
];
await Promise.all(
  widgets.map(
    (widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  ),
);
await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

const count = (selector: string) =>
  widgets.reduce(
    (sum, widget) => sum + (widget.shadowRoot?.querySelectorAll(selector).length ?? 0),
    0,
  );
window.parent.postMessage(
  {
    type: 'strict-page',
    violations,
    incidents: count('[part="incident"]'),
    recommendations: count('[part="recommendation"]'),
    regions: count('[part="region"]'),
    // A colour from a constructed style sheet: what inline styles would have carried.
    markFill: (() => {
      const mark = widgets[0]?.shadowRoot?.querySelector('[part="incident"]');
      return mark ? getComputedStyle(mark).fill : '';
    })(),
  },
  '*',
);
