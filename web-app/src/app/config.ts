/** Settings read at start from /config.json, so one build serves every environment. */
export interface RuntimeConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Origin (or path prefix) of the REST API and /ws; empty means the page's own origin. */
  apiBase: string;
}

export function parseConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error('config.json is not a JSON object');
  }
  const value = raw as Record<string, unknown>;
  const text = (key: string, optional = false): string => {
    const v = value[key];
    if (typeof v === 'string' && (optional || v.length > 0)) return v;
    if (optional && v === undefined) return '';
    throw new Error(`config.json: "${key}" must be a${optional ? '' : ' non-empty'} string`);
  };
  return {
    keycloakUrl: text('keycloakUrl').replace(/\/+$/, ''),
    realm: text('realm'),
    clientId: text('clientId'),
    apiBase: text('apiBase', true).replace(/\/+$/, ''),
  };
}

export async function loadConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`${url} answered HTTP ${response.status}`);
  }
  return parseConfig(await response.json());
}

/** The WebSocket URL of /ws for an API base ("" = this page's origin). */
export function socketUrl(apiBase: string, location: { protocol: string; host: string } = window.location): string {
  if (apiBase.startsWith('http://') || apiBase.startsWith('https://')) {
    return apiBase.replace(/^http/, 'ws') + '/ws';
  }
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${apiBase}/ws`;
}
