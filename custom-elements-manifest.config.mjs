// Custom Elements Manifest (custom-elements.json) for editors and Storybook's docs and controls.
// Generated, not committed: `npm run analyze` (also run by build, storybook and build-storybook).

/**
 * The widgets dispatch typed events (`new CivicSelectEvent(type, id)`, src/shared/events.ts) whose
 * name is the class's static `eventName`. The analyzer takes a dispatched event's first argument
 * as its name, which lists events such as "incident" or "normalized" that never fire. This plugin
 * names those events by their class's `eventName`, merges them into the events the class JSDoc
 * documents (`@fires`), and gives every documented event its class as type.
 */
function typedEventsPlugin() {
  return {
    name: 'civic-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const nameOf = new Map(); // class name -> event name
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          const field =
            decl.kind === 'class' && decl.members?.find((m) => m.static && m.name === 'eventName');
          const literal = field && /^(['"])([^'"]+)\1$/.exec(field.default ?? '');
          if (literal) nameOf.set(decl.name, literal[2]);
        }
      }
      const classOf = new Map([...nameOf].map(([cls, name]) => [name, cls]));
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.events) continue;
          const events = [];
          // Documented events first, in the JSDoc's order; then the ones found in code.
          const documented = decl.events.filter((e) => e.description);
          for (const event of [...documented, ...decl.events.filter((e) => !e.description)]) {
            const name = nameOf.get(event.type?.text) ?? event.name;
            const known = events.find((e) => e.name === name);
            if (known) {
              known.type ??= event.type;
              known.description ||= event.description;
            } else {
              events.push({ ...event, name });
            }
          }
          for (const event of events) {
            const cls = classOf.get(event.name);
            if (!event.type && cls) event.type = { text: cls };
          }
          decl.events = events;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.generated.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); never rewrite package.json.
  packagejson: false,
  plugins: [typedEventsPlugin()],
};
