import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheatSheet } from '../../components/CheatSheet';
import '../../components/extension-page.css';
import '../../components/catalogue.css';

const root = document.getElementById('root');
if (!root) throw new Error('Klarplan: #root fehlt in spickzettel.html');

createRoot(root).render(
  <StrictMode>
    <CheatSheet catalogueHref="/catalogue.html" onPrint={() => window.print()} />
  </StrictMode>,
);
