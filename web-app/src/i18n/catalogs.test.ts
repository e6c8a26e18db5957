import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import en from './en.json';
import ptBR from './pt-BR.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

const english = flatten(en as Catalog);
const portuguese = flatten(ptBR as Catalog);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const srcDir = resolve(__dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translation catalogs', () => {
  it('have exactly the same keys', () => {
    const onlyEnglish = [...english.keys()].filter((k) => !portuguese.has(k));
    const onlyPortuguese = [...portuguese.keys()].filter((k) => !english.has(k));
    expect(onlyEnglish).toEqual([]);
    expect(onlyPortuguese).toEqual([]);
  });

  it('have no empty values', () => {
    for (const [name, catalog] of [['en', english], ['pt-BR', portuguese]] as const) {
      const empty = [...catalog.entries()].filter(([, v]) => v.trim() === '').map(([k]) => `${name}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const differing = [...english.entries()]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(portuguese.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('hold every key the code asks for by name', () => {
    const missing = new Set<string>();
    for (const file of sources(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        const key = match[1]!;
        // a key asked with a count may exist only in its plural forms (key_one, key_other)
        if (!english.has(key) && !english.has(`${key}_other`)) missing.add(`${key} (${file.slice(srcDir.length + 1)})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('are the only source of words on screen (no text written into the components)', () => {
    const literal: string[] = [];
    for (const file of sources(srcDir).filter((f) => f.endsWith('.tsx'))) {
      const text = readFileSync(file, 'utf8');
      // text between tags, and text attributes people read
      for (const m of text.matchAll(/(?<![=-])>([^<>{}();=]*[A-Za-zÀ-ÿ][^<>{}();=]*)</g)) {
        literal.push(`${file}: ${m[1]!.trim()}`);
      }
      for (const m of text.matchAll(/\b(?:aria-label|title|placeholder|label|alt)="([^"]*[A-Za-z][^"]*)"/g)) {
        literal.push(`${file}: ${m[1]}`);
      }
    }
    expect(literal).toEqual([]);
  });

  it('use the pt-BR glossary for the product words', () => {
    expect(portuguese.get('nav.inbox')).toBe('Caixa de entrada');
    expect(portuguese.get('list.tab.unassigned')).toBe('Não atribuídas');
    expect(portuguese.get('actions.assignToMe')).toBe('Atribuir a mim');
    expect(portuguese.get('actions.takeOver')).toBe('Assumir do bot');
    expect(portuguese.get('actions.handBack')).toBe('Devolver ao bot');
    expect(portuguese.get('composer.note')).toBe('Nota interna');
    expect(portuguese.get('delivery.DELIVERED')).toBe('Entregue');
    expect(portuguese.get('delivery.FAILED')).toBe('Falhou');
  });
});
