/**
 * The benchmark's lower bound: the atlas's geometry file drawn with plain maplibre-gl, no
 * framework, no data validation, the same look (background, fills, borders, points) and the same
 * initial camera as the app. The bench passes the app's map size as ?w=&h= so both draw the same
 * number of pixels. Sets window.__mapIdle on every idle, as the app does, and exposes the map as
 * window.__referenceMap so the bench can time MapLibre's own globe switch here.
 */
import { type FilterSpecification, Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('map')!;
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0 && height > 0) Object.assign(container.style, { width: `${width}px`, height: `${height}px`, inset: 'auto' });

const AREA: FilterSpecification = ['==', ['get', 'shape'], 'area'];
const POINT: FilterSpecification = ['==', ['get', 'shape'], 'point'];

const map = new MaplibreMap({
  container,
  bounds: [-170, -50, 190, 75],
  renderWorldCopies: false,
  attributionControl: { compact: true, customAttribution: 'Boundaries: Natural Earth' },
  style: {
    version: 8,
    sources: { economies: { type: 'geojson', data: '/data/economies.geojson', promoteId: 'iso2' } },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': '#f4f7fb' } },
      { id: 'fill', type: 'fill', source: 'economies', filter: AREA, paint: { 'fill-color': '#dfe3e8' } },
      { id: 'border', type: 'line', source: 'economies', filter: AREA, paint: { 'line-color': '#ffffff', 'line-width': 0.6 } },
      {
        id: 'points',
        type: 'circle',
        source: 'economies',
        filter: POINT,
        paint: { 'circle-radius': 5, 'circle-color': '#dfe3e8', 'circle-stroke-color': '#42526e', 'circle-stroke-width': 1 },
      },
    ],
  },
});

map.on('idle', () => {
  window.__mapIdle = performance.now();
});

// For the bench's floor of the globe switch (measure.ts): the same switch on this bare map.
window.__referenceMap = map;
