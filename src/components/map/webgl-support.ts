/**
 * Whether this browser can give MapLibre what it needs: a WebGL2 context (MapLibre 6 has no WebGL1
 * fallback). Probed once, before the map mounts, so a browser without it gets the table view
 * straight away instead of a blank map. The probe context is released at once.
 */
let cached: boolean | undefined;

export function canDrawMap(): boolean {
  if (cached === undefined) cached = probeWebGL2();
  return cached;
}

function probeWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
