import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * How far outside the window a chart still follows every input: a chart starts drawing its new
 * state a little before it scrolls into view.
 */
const NEAR = '300px 0px';

/**
 * A chart's drawing (recharts), drawn again only while it is on or near the screen. The charts sit
 * under the map: most inputs (a filter, a year step, a language) would otherwise redraw every one
 * of them, off screen, before the page settles. Off screen, the last drawing stays as it was (the
 * same element is returned, so React skips it); it catches up when it comes near, or when anything
 * in its figure gets the pointer or focus (an export reads the drawing). The tables beside the
 * charts are outside this and always current.
 */
export function ChartBody({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Drawn on mount, wherever it is: a chart is never blank, and an export always has a drawing.
  const [near, setNear] = useState(true);
  const [shown, setShown] = useState(children);
  if (near && shown !== children) setShown(children);

  useEffect(() => {
    const body = ref.current;
    if (!body || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries[entries.length - 1].isIntersecting), { rootMargin: NEAR });
    observer.observe(body);
    // The export buttons and the timeline's switches are in the figure, outside the drawing.
    const figure = body.closest('figure') ?? body;
    const wake = () => setNear(true);
    figure.addEventListener('pointerdown', wake, true);
    figure.addEventListener('focusin', wake);
    return () => {
      observer.disconnect();
      figure.removeEventListener('pointerdown', wake, true);
      figure.removeEventListener('focusin', wake);
    };
  }, []);

  return (
    <div className="chart-body" ref={ref}>
      {near ? children : shown}
    </div>
  );
}
