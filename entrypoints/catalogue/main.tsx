import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RuleCatalogue } from '../../components/RuleCatalogue';
import '../../components/extension-page.css';
import '../../components/catalogue.css';

const root = document.getElementById('root');
if (!root) throw new Error('Klarplan: #root fehlt in catalogue.html');

// Opened with an anchor (catalogue.html#regel-…): scroll to that rule once it is on the page (the browser's own jump
// to the anchor comes before React has rendered it).
const toAnchor = () => {
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
};

createRoot(root).render(
  <StrictMode>
    <RuleCatalogue optionsHref="/options.html" cheatSheetHref="/spickzettel.html" onPrint={() => window.print()} onShown={toAnchor} />
  </StrictMode>,
);
