import '@mantine/core/styles.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './app/App';
import { loadConfig } from './app/config';
import { ConfigErrorPage } from './app/ConfigErrorPage';
import { configureApi } from './api/client';

const root = createRoot(document.getElementById('root')!);

loadConfig()
  .then((config) => {
    configureApi(config.apiBase);
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(<ConfigErrorPage error={error} />);
  });
