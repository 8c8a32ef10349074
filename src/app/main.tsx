import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { canDrawMap } from '../components/map/webgl-support';
import { startMapWorkers } from '../components/map/maplibre';
import { App } from './App';
import { opensOnMap } from './first-view';
import { Providers } from './Providers';
import './styles.css';

// The map's worker starts loading now, in parallel with React and the data, when the map is the first view.
if (canDrawMap() && opensOnMap(window.location.search)) startMapWorkers();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
