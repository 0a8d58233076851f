import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SummaryPrint } from '../../components/SummaryPrint';

/**
 * The print view of the read-aloud summary: asks the side panel for the summary of the last round (runtime
 * message; nothing is stored) and lays it out for paper, with a "Drucken" button.
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SummaryPrint />
  </StrictMode>,
);
