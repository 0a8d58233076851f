import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PageMarksSetting } from '../../components/PageMarksSetting';
import { SettingsPage } from '../../components/SettingsPage';
import '../../components/extension-page.css';

const root = document.getElementById('root');
if (!root) throw new Error('Klarplan: #root fehlt in options.html');

createRoot(root).render(
  <StrictMode>
    <SettingsPage catalogueHref="/catalogue.html">
      <PageMarksSetting />
    </SettingsPage>
  </StrictMode>,
);
