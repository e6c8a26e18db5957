import { parseConfig, socketUrl } from './config';

describe('runtime config', () => {
  it('reads config.json', () => {
    expect(parseConfig({ keycloakUrl: 'http://localhost:8180/', realm: 'wa', clientId: 'web-app', apiBase: '' })).toEqual({
      keycloakUrl: 'http://localhost:8180',
      realm: 'wa',
      clientId: 'web-app',
      apiBase: '',
    });
  });

  it('refuses a config without what sign-in needs', () => {
    expect(() => parseConfig({ realm: 'wa', clientId: 'web-app' })).toThrow(/keycloakUrl/);
    expect(() => parseConfig('text')).toThrow();
  });

  it('takes apiBase as optional', () => {
    expect(parseConfig({ keycloakUrl: 'k', realm: 'r', clientId: 'c' }).apiBase).toBe('');
  });

  it('finds /ws on the same origin or on the API base', () => {
    expect(socketUrl('', { protocol: 'https:', host: 'app.example.com' })).toBe('wss://app.example.com/ws');
    expect(socketUrl('', { protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws');
    expect(socketUrl('https://api.example.com', { protocol: 'https:', host: 'x' })).toBe('wss://api.example.com/ws');
  });
});
