/**
 * What the benchmark adds to every page, before its scripts, to measure speed as a person feels it:
 * - input → next paint, from the Event Timing API (entries of 16 ms or more; a faster input leaves
 *   no entry and counts as 16 ms, the API's floor);
 * - input → page settled: the latest of the last DOM change, the last map frame and the last map
 *   idle after the input, once none has happened for 300 ms (a frame counts: a map whose source
 *   data changed can draw the change and report itself loaded between frames, before its idle);
 * and, independent of how busy the machine is: React commits (counted through the hook React calls
 * on every commit when a devtools hook is present), long tasks, the map's style, source and
 * feature-state updates and the frames it draws (counted by wrapping the map's methods once the app exposes the map).
 *
 * A string, not a function: tsx wraps functions in a `__name` helper that does not exist in the page.
 */
export const FEEL_INSTRUMENTATION = `
  (() => {
    const feel = { events: [], longTasks: [], commits: 0, lastMutation: 0, mapCalls: {}, mapFrames: 0, lastMapFrame: 0, timerSteps: [] };
    window.__feel = feel;
    // React calls this hook's onCommitFiberRoot after each commit (production builds too).
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true, renderers: new Map(), isDisabled: false,
      inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
      onCommitFiberRoot() { feel.commits++; },
    };
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) feel.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId }); })
        .observe({ type: 'event', durationThreshold: 16, buffered: true });
    } catch (e) { /* no Event Timing */ }
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) feel.longTasks.push({ start: e.startTime, duration: e.duration }); })
        .observe({ type: 'longtask', buffered: true });
    } catch (e) { /* no long tasks */ }
    const watch = () => new MutationObserver(() => { feel.lastMutation = performance.now(); })
      .observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
    // Play's steps are timers, not inputs: each step's start, and the frame after it.
    const setTimeoutOriginal = window.setTimeout;
    window.setTimeout = function (fn, delay, ...rest) {
      if (delay === 1000 && typeof fn === 'function') {
        const wrapped = (...args) => {
          const step = { start: performance.now(), paint: 0 };
          feel.timerSteps.push(step);
          requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { step.paint = performance.now(); }; c.port2.postMessage(0); });
          return fn(...args);
        };
        return setTimeoutOriginal.call(window, wrapped, delay, ...rest);
      }
      return setTimeoutOriginal.call(window, fn, delay, ...rest);
    };
    const COUNTED = ['setLayoutProperty', 'setPaintProperty', 'setFilter', 'addLayer', 'removeLayer', 'addSource', 'removeSource', 'setFeatureState', 'setStyle', 'setProjection'];
    let wrappedMap = null;
    const count = (name) => { feel.mapCalls[name] = (feel.mapCalls[name] || 0) + 1; };
    const wrapMap = () => {
      const map = window.__atlasMap;
      if (map && map !== wrappedMap) {
        wrappedMap = map;
        // Each frame the map draws is read back from the GPU on software WebGL: the count says how many an input costs.
        map.on('render', () => { feel.mapFrames++; feel.lastMapFrame = performance.now(); });
        for (const name of COUNTED) {
          const original = map[name];
          if (typeof original === 'function') map[name] = function (...args) { count(name); return original.apply(this, args); };
        }
        const getSource = map.getSource;
        map.getSource = function (...args) {
          const source = getSource.apply(this, args);
          if (source && source.setData && !source.__feelWrapped) {
            const setData = source.setData;
            source.setData = function (...a) { count('setData'); return setData.apply(this, a); };
            source.__feelWrapped = true;
          }
          return source;
        };
      }
      setTimeoutOriginal.call(window, wrapMap, 100);
    };
    wrapMap();
  })();
`;

export interface FeelSample {
  /** Input → next paint (Event Timing), ms; 16 when the input left no entry (faster than the API records). */
  paintMs: number;
  /** Input → page settled (no DOM change for 300 ms and the map idle), ms. */
  settledMs: number;
  commits: number;
  longTaskMs: number;
  /** Map style/source updates (setLayoutProperty, setData, addLayer…), feature-state writes apart. */
  mapUpdates: number;
  featureStates: number;
  /** Frames the map drew (its `render` events) between the input and the page settling. */
  mapFrames: number;
}

declare global {
  interface Window {
    __feel?: {
      events: { name: string; start: number; duration: number; id: number }[];
      longTasks: { start: number; duration: number }[];
      commits: number;
      lastMutation: number;
      lastMapFrame: number;
      mapCalls: Record<string, number>;
      mapFrames: number;
      timerSteps: { start: number; paint: number }[];
    };
  }
}
