/**
 * Runs `fn` once the browser has painted the frame it is preparing (a message posted from the
 * next animation frame arrives after that frame's paint). Returns a cancel function.
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) fn();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
