import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientView } from '../../components/ClientView';

/**
 * The client view of the read-aloud mode: the point being read, in big high-contrast type, for a second screen or
 * a monitor turned towards the client. It follows the side panel (runtime messages); it shows nothing else of the
 * plan and stores nothing.
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientView />
  </StrictMode>,
);
