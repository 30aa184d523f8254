// Where the time of a traced cold run goes, from navigation start to the painted first frame:
// the page's main thread, its CPU time by what the browser says it was doing (trace events:
// compile, GC, style, layout, paint…), with its JavaScript split by what code ran (CPU samples,
// each frame traced back to its source file through the bundle's source map). CPU time, not
// wall time: on a busy machine an event's wall time includes the time its thread waited for a
// core, which says nothing about the page.
import { SourceMapConsumer } from 'source-map-js';

/**
 * Phases in the order they are printed: where the page's main thread spent its CPU time. `js`
 * ones share the thread's script time, split by CPU samples.
 */
export const phases = [
  ['setup', 'navigation and page set-up (new document, JS context)'],
  ['html', 'HTML parse'],
  ['compile', 'JS parse + compile on the main thread (bundle, lazy functions)'],
  ['optimise', 'JS optimising tiers, main-thread part (Sparkplug, Maglev, Turbofan)'],
  ['evaluate', 'JS: bundle evaluation (module top level: classes, schemas, styles)', 'js'],
  ['json', 'JS: JSON.parse + null-prototype pass / copy (json-value.ts)', 'js'],
  ['validate', 'JS: validation (schema checks, dataset rules)', 'js'],
  ['derive', 'JS: data preparation (derive: models, layout, d3)', 'js'],
  ['render', 'JS: first render (Lit templates, DOM, element code)', 'js'],
  ['ours', 'JS: other of ours (update scheduling, controllers, events)', 'js'],
  ['page', "JS: the page's own script (fetch, JSON.parse, benchmark driver)", 'js'],
  ['peer', 'JS: peer library (not source-mapped)', 'js'],
  ['otherJs', 'JS: other (browser built-ins, unattributed)', 'js'],
  ['gc', 'garbage collection'],
  ['style', 'style (recalculation, stylesheet parse)'],
  ['layout', 'layout'],
  ['paint', 'paint, layerize, commit'],
  ['loading', 'loading: IPC messages and data pipes (response bodies, preloads)'],
  ['tracing', 'tracing overhead (profiler start-up)'],
  ['other', 'other browser work on the main thread (tasks, messages)'],
];

/** Trace event names, innermost match wins; an unmatched event takes its parent's phase. */
const eventPhases = [
  ['tracing', /^CpuProfiler::/],
  [
    'optimise',
    /Maglev|Turbofan|Sparkplug|Baseline|OptimizeConcurrent|InstallOptimized|MarkCandidatesForOptimization|BytecodeBudgetInterrupt|FlushInstructionCache|FinalizeBaseline/,
  ],
  [
    'compile',
    /^V8\.(Parse|PreParse|Compile|OffThreadFinalization|DeserializeContext)|^v8\.(compile|parseOnBackground)|CompileStreamedModule|ScriptStreaming/,
  ],
  ['gc', /GC|Scavenge|MarkCompact|Evacuat|Sweep|Marking|ObservablePause/],
  ['evaluate', /^v8\.evaluateModule$/],
  [
    'js',
    /^(FunctionCall|EvaluateScript|RunMicrotasks|v8\.(callFunction|run|newInstance|callAsConstructor|callModuleMethod)|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|XHRReadyStateChange|V8\.(StackGuard|HandleInterrupts|InvokeApiInterruptCallbacks))$/,
  ],
  ['html', /^ParseHTML$|HTMLDocumentParser/],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$|recalcStyle|updateStyle|rebuildLayoutTree|CSSParserImpl|RuleSet::|StyleEngine/,
  ],
  [
    'layout',
    /^(Layout|UpdateLayout|InvalidateLayout)$|performLayout|UpdateStyleAndLayout|LayoutObject|SvgText|InlineNode/,
  ],
  [
    'paint',
    /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|PaintImage|CompositeLayers|UpdateLayerTree|Rasterize)$|Paint|UpdateLifecycle|Composit/,
  ],
  [
    'loading',
    /^(Receive mojo message|Receive mojo reply|SimpleWatcher::OnHandleReady|ResourceSendRequest|ResourceReceiveResponse|ResourceReceivedData|ResourceFinish)$|MaybeFetchQueuedPreloads|ResourceFetcher/,
  ],
  [
    'setup',
    /CommitNavigation|DocumentLoader|Frame::Detach|CreateContext|WindowProxy|InstallConditionalFeatures|ContextCreated|Document::shutdown|CommitNavigationEnd/,
  ],
];

const phaseOfEvent = (name) => eventPhases.find(([, pattern]) => pattern.test(name))?.[0];

/**
 * Source files by what their code does; the innermost frame whose file decides wins. Helpers
 * that validation and data preparation both call (dates, localized text) decide nothing: the
 * frames around them do. Any other module of src/data/ is validation (schema, rules, issues and
 * whatever validator replaces zod there).
 */
const sourcePhases = [
  ['json', /src\/data\/json-value\.ts$/],
  [undefined, /src\/data\/(partial-date|text|incident-dates|people-count|verification)\.ts$/],
  [
    'derive',
    /node_modules\/(d3-[a-z]+|topojson-client|internmap)\/|src\/filter\/|src\/data\/boundaries\.ts$|src\/(timeline|map|tracker)\/[a-z-]+-(model|layout|scale|ticks|counts|classes|geometry|labels|summary)\.ts$/,
  ],
  ['validate', /node_modules\/zod\/|src\/data\//],
  [
    'render',
    /node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\/|src\/(timeline|map|tracker|dataset)\/|src\/shared\/(states|data-table|filter-bar|incident-detail|tokens)\.ts$/,
  ],
];

/**
 * Summarises a trace (bytes of puppeteer's page.tracing.stop()) of one cold run whose page
 * marked 'bench:painted'. `bundle` is { urlPath, positions } (positions from buildBundle, or
 * none for a bundle without a source map). Returns, in ms: `cpu` by phase (the main thread's
 * CPU time, robust to a busy machine), and over the window's wall clock `windowMs`, `idleMs`
 * (the thread had nothing to do: waiting for the network, timers, frames) and `descheduledMs`
 * (it had work, but another process had the core); `offMainParseMs`; and `hottest`, the
 * functions with the most sampled self time.
 */
export function summarizeTrace(traceBytes, bundle) {
  const parsed = JSON.parse(Buffer.from(traceBytes).toString('utf8'));
  const events = parsed.traceEvents ?? parsed;
  const painted = events.find((e) => e.name === 'bench:painted');
  if (!painted) throw new Error('the trace has no bench:painted mark');
  const { pid, tid } = painted;
  const end = painted.ts;
  const start = end - painted.args.data.startTime * 1000;
  const cpu = Object.fromEntries(phases.map(([key]) => [key, 0]));

  const { self, busyWall, busyCpu } = mainThreadSelfTimes(events, pid, tid, start, end);
  for (const [phase, time] of Object.entries(self)) if (phase !== 'js') cpu[phase] += time;
  // Script time (the bundle's evaluation included), split in proportion to where the CPU
  // samples taken in it were.
  const scriptTime = (self.js ?? 0) + cpu.evaluate;
  cpu.evaluate = 0;
  const { byPhase: samples, byFunction } = sampledPhases(events, pid, start, end, bundle);
  const sampled = Object.values(samples).reduce((a, b) => a + b, 0);
  for (const [phase, time] of Object.entries(samples)) {
    if (sampled) cpu[phase] += (scriptTime * time) / sampled;
  }
  if (!sampled) cpu.otherJs += scriptTime;
  for (const phase of Object.keys(cpu)) cpu[phase] /= 1000;

  // The bundle is parsed off the main thread as it streams in: shown apart, not in the window.
  const offMainParse = events
    .filter(
      (e) => e.pid === pid && e.tid !== tid && e.ph === 'X' && e.name === 'v8.parseOnBackground',
    )
    .reduce((total, e) => total + e.dur, 0);
  const hottest = [...byFunction.values()]
    .sort((a, b) => b.time - a.time)
    .slice(0, 15)
    .map((f) => ({ ...f, ms: f.time / 1000 }));
  return {
    windowMs: (end - start) / 1000,
    idleMs: (end - start - busyWall) / 1000,
    descheduledMs: (busyWall - busyCpu) / 1000,
    cpu,
    offMainParseMs: offMainParse / 1000,
    hottest,
  };
}

/**
 * The main thread's complete events in [start, end], nested by time: each one's self CPU time
 * (µs; its thread time, or its wall time when the trace gives none) goes to the phase of the
 * innermost event, itself included, that names one (see eventPhases). `busyWall` / `busyCpu`:
 * wall and CPU time inside top-level tasks.
 */
function mainThreadSelfTimes(events, pid, tid, start, end) {
  const main = events
    .filter(
      (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts < end && e.ts + e.dur > start,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const entries = [];
  let busyWall = 0;
  let busyCpu = 0;
  for (const event of main) {
    while (stack.length && stack.at(-1).event.ts + stack.at(-1).event.dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const wall = Math.min(event.ts + event.dur, end) - Math.max(event.ts, start);
    const cpuTime = event.tdur === undefined || !event.dur ? wall : (event.tdur * wall) / event.dur;
    const phase = phaseOfEvent(event.name) ?? parent?.phase ?? 'other';
    const entry = { event, phase, self: cpuTime };
    if (parent) parent.self -= cpuTime;
    else {
      busyWall += wall;
      busyCpu += cpuTime;
    }
    stack.push(entry);
    entries.push(entry);
  }
  const self = {};
  for (const { phase, self: time } of entries) self[phase] = (self[phase] ?? 0) + Math.max(0, time);
  return { self, busyWall, busyCpu };
}

/** Sampled time (µs) of the page's JavaScript by phase, in [start, end]. */
function sampledPhases(events, pid, start, end, bundle) {
  const result = Object.fromEntries(phases.filter(([, , js]) => js).map(([key]) => [key, 0]));
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const profile = profiles.get(e.id) ?? {
      nodes: new Map(),
      samples: [],
      deltas: [],
      lines: [],
      columns: [],
    };
    profiles.set(e.id, profile);
    const data = e.args?.data ?? {};
    if (e.name === 'Profile') profile.startTime = data.startTime;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
    profile.lines.push(...(data.lines ?? []));
    profile.columns.push(...(data.columns ?? []));
  }
  const locate = sourceLocator(bundle);
  const cache = new Map();
  // Self time by function (the sample's innermost frame), named by its source file and line.
  const byFunction = new Map();
  for (const profile of profiles.values()) {
    if (profile.startTime === undefined) continue;
    let time = profile.startTime;
    const times = profile.deltas.map((delta) => (time += delta));
    for (let i = 0; i < profile.samples.length; i += 1) {
      const t = times[i];
      const next = times[i + 1] ?? t;
      if (t < start || t > end) continue;
      const node = profile.nodes.get(profile.samples[i]);
      if (!node || !node.callFrame.url) continue; // (idle), (program), (garbage collector), (root)
      let phase = cache.get(node.id);
      if (!phase) {
        phase = phaseOfStack(node, profile.nodes, locate, bundle);
        cache.set(node.id, phase);
      }
      const time = Math.min(next, end) - t;
      result[phase] += time;
      const where = functionName(node.callFrame, locate, bundle);
      const entry = byFunction.get(where) ?? { where, phase, time: 0 };
      entry.time += time;
      byFunction.set(where, entry);
    }
  }
  return { byPhase: result, byFunction };
}

/** "src/filter/filter.ts:42 (minified: c)", or the URL and line of a script not mapped. */
function functionName(frame, locate, bundle) {
  const path = new URL(frame.url).pathname;
  const source =
    path === bundle.urlPath ? locate(frame.lineNumber, frame.columnNumber, true) : undefined;
  if (source) {
    const file = source.source.replace(/^.*?\/((?:src|node_modules)\/)/, '$1');
    return `${file}:${source.line} (${frame.functionName || 'anonymous'} in the bundle)`;
  }
  return `${path}:${frame.lineNumber + 1} ${frame.functionName || '(anonymous)'}`;
}

/** The phase of a sample, from its stack: see sourcePhases. */
function phaseOfStack(node, nodes, locate, bundle) {
  const frames = [];
  for (let n = node; n; n = nodes.get(n.parent)) frames.push(n.callFrame);
  const inBundle = (frame) => frame.url && new URL(frame.url).pathname === bundle.urlPath;
  // The module's top-level code (and what it calls) is the bundle's evaluation.
  if (
    frames.some((f) => inBundle(f) && !f.functionName && f.lineNumber === 0 && f.columnNumber === 0)
  ) {
    return 'evaluate';
  }
  for (const frame of frames) {
    if (!frame.url) continue;
    const path = new URL(frame.url).pathname;
    if (path.startsWith('/cold/')) return 'page';
    if (path.startsWith('/peer/')) return 'peer';
    if (!inBundle(frame)) continue;
    const source = locate(frame.lineNumber, frame.columnNumber);
    const phase = source && sourcePhases.find(([, pattern]) => pattern.test(source))?.[0];
    if (phase) return phase;
  }
  return frames.some(inBundle) ? 'ours' : 'otherJs';
}

/** (line, column) in the shipped bundle, 0-based → its source file (or { source, line }). */
function sourceLocator(bundle) {
  const positions = bundle.positions;
  if (!positions) return () => undefined;
  const consumer = new SourceMapConsumer(positions.map);
  return (line, column, withLine = false) => {
    const unprocessed = line - positions.lineOffset;
    if (unprocessed < 0) return undefined;
    const original = consumer.originalPositionFor({
      line: unprocessed + 1,
      column: column + (positions.indent[unprocessed] ?? 0),
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    if (!original.source) return undefined;
    return withLine ? original : original.source;
  };
}
