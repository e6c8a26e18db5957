import type { Message } from '../../api/types';

/**
 * What a message holds beyond its text, read from `content` whichever way the service sends it (a JSON string
 * today, an object soon) and whichever provider shaped it (Cloud API or Evolution).
 */
export interface MessageContent {
  caption?: string;
  /** A file sent by link (outbound media by URL). */
  link?: string;
  filename?: string;
  mimeType?: string;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  contacts?: { name: string; phones: string[] }[];
  interactive?: { body?: string; options: string[]; reply?: string };
  template?: { name: string; language?: string };
  /** Text of a quoted message, when the provider included it. */
  quotedText?: string;
}

type Json = Record<string, unknown>;

export function contentObject(content: Message['content']): Json {
  if (content === null || content === undefined) return {};
  if (typeof content === 'object') return content;
  try {
    const parsed: unknown = JSON.parse(content);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function location(c: Json): MessageContent['location'] {
  const latitude = num(c['latitude']) ?? num(c['degreesLatitude']);
  const longitude = num(c['longitude']) ?? num(c['degreesLongitude']);
  if (latitude === undefined || longitude === undefined) return undefined;
  return { latitude, longitude, name: str(c['name']), address: str(c['address']) };
}

function vcardPhones(vcard: string | undefined): string[] {
  if (!vcard) return [];
  return [...vcard.matchAll(/^TEL[^:]*:(.+)$/gim)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

function contacts(c: Json, raw: unknown): MessageContent['contacts'] {
  // Cloud API: an array of {name:{formatted_name}, phones:[{phone}]}; Evolution: {displayName, vcard}
  const list = Array.isArray(raw) ? raw : arr(c['contacts']);
  if (list.length > 0) {
    return list.map((item) => {
      const o = obj(item);
      const name = str(obj(o['name'])['formatted_name']) ?? str(o['displayName']) ?? '';
      const phones = arr(o['phones'])
        .map((p) => str(obj(p)['phone']) ?? str(obj(p)['wa_id']))
        .filter((p): p is string => Boolean(p));
      return { name, phones: phones.length > 0 ? phones : vcardPhones(str(o['vcard'])) };
    });
  }
  const displayName = str(c['displayName']);
  if (displayName) return [{ name: displayName, phones: vcardPhones(str(c['vcard'])) }];
  return undefined;
}

function interactive(c: Json): MessageContent['interactive'] {
  const reply = obj(c['button_reply'] ?? c['list_reply']);
  const action = obj(c['action']);
  const buttons = arr(action['buttons']).map((b) => str(obj(obj(b)['reply'])['title']) ?? '').filter(Boolean);
  const rows = arr(action['sections']).flatMap((s) =>
    arr(obj(s)['rows']).map((r) => str(obj(r)['title']) ?? ''),
  );
  const body = str(obj(c['body'])['text']);
  const replyTitle = str(reply['title']) ?? str(c['text']);
  if (!body && !replyTitle && buttons.length === 0 && rows.length === 0) return undefined;
  return { body, options: [...buttons, ...rows.filter(Boolean)], reply: replyTitle };
}

/** The service's typed content (MessageContent in the OpenAPI document), when that is what came. */
function typed(c: Json, out: MessageContent): boolean {
  let found = false;
  const loc = obj(c['location']);
  if (num(loc['latitude']) !== undefined && num(loc['longitude']) !== undefined) {
    out.location = location(loc);
    found = true;
  }
  const cards = arr(c['contacts']);
  if (cards.length > 0 && cards.every((card) => typeof obj(card)['name'] === 'string')) {
    out.contacts = cards.map((card) => ({
      name: str(obj(card)['name']) ?? '',
      phones: arr(obj(card)['phones']).filter((p): p is string => typeof p === 'string'),
    }));
    found = true;
  }
  const inter = obj(c['interactive']);
  if (typeof inter['kind'] === 'string') {
    out.interactive = {
      body: str(inter['body']),
      options: arr(inter['options']).map((o) => str(obj(o)['title']) ?? '').filter(Boolean),
      reply: str(inter['title']),
    };
    found = true;
  }
  const template = obj(c['template']);
  if (typeof template['name'] === 'string') {
    out.template = { name: template['name'], language: str(template['language']) };
    found = true;
  }
  return found;
}

/** Reads the content of a message of any type into what the views show. */
export function readContent(message: Pick<Message, 'type' | 'content'>): MessageContent {
  const raw = typeof message.content === 'string' ? safeParse(message.content) : message.content;
  const c = contentObject(message.content);
  const out: MessageContent = {};
  out.caption = str(c['caption']);
  out.link = str(c['link']);
  out.filename = str(c['filename']) ?? str(c['fileName']);
  out.mimeType = str(c['mime_type']) ?? str(c['mimetype']) ?? str(c['mimeType']);
  const context = obj(c['contextInfo']);
  out.quotedText = str(obj(context['quotedMessage'])['conversation']);
  if (typed(c, out)) return out;
  switch (message.type) {
    case 'location':
      out.location = location(c);
      break;
    case 'contacts':
    case 'contact':
      out.contacts = contacts(c, raw);
      break;
    case 'interactive':
    case 'button':
      out.interactive = interactive(c);
      break;
    case 'template': {
      const name = str(c['name']);
      if (name) out.template = { name, language: str(obj(c['language'])['code']) ?? str(c['language']) };
      break;
    }
    default:
      break;
  }
  return out;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'document', 'sticker']);
