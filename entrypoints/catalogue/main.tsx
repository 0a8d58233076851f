import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RuleCatalogue } from '../../components/RuleCatalogue';
import '../../components/extension-page.css';
import '../../components/catalogue.css';

const root = document.getElementById('root');
if (!root) throw new Error('Klarplan: #root fehlt in catalogue.html');

createRoot(root).render(
  <StrictMode>
    <RuleCatalogue optionsHref="/options.html" cheatSheetHref="/spickzettel.html" onPrint={() => window.print()} />
  </StrictMode>,
);

// Opened with an anchor (catalogue.html#regel-…): scroll to that rule once it is rendered.
if (location.hash) requestAnimationFrame(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView());
