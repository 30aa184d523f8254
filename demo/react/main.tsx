// A React 19 page using the widgets as they are: no wrapper components. React 19 sets
// objects as properties (`filter`), strings as attributes (`src`, `lang`), and takes
// `on<event-name>` props on custom elements as listeners for that exact event name.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
