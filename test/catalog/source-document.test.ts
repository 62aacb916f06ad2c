import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hexKey, normalizeHexDigits } from '../../src/catalog/code-keys';
import { builtInCatalog } from '../helpers/answers';
import { FIXTURES } from '../helpers/fixtures';

/** The catalog's source document, copied into the repository with its origin and licence (see its README). */
const readSeed = () =>
  readFileSync(
    join(FIXTURES, 'source-document', 'troubleshoot-certificate-connector-events.ja.md'),
    'utf8'
  );

/** Rows of the markdown tables whose first cell matches `first`. */
function tableRows(markdown: string, first: RegExp): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
    )
    .filter((cells) => first.test(cells[0]));
}

describe('the legacy catalog holds the source document', () => {
  const markdown = readSeed();
  const catalog = builtInCatalog();
  const eventRows = tableRows(markdown, /^\d{5}$/);
  const codeRows = tableRows(markdown, /^0x[0-9A-F]+$/i);

  it('reads all 19 events and 12 codes from the document', () => {
    expect(eventRows).toHaveLength(19);
    expect(codeRows).toHaveLength(12);
  });

  it.each(eventRows.map((r) => [r[0], r[1], r[3]]))(
    'event %s is %s with codes %s',
    (id, name, codes) => {
      const entry = catalog.byId.get(`legacy-connector:event:${id}`);
      expect(entry?.name).toBe(name);
      const listed = codes.split('、').map((c) => c.trim());
      expect(entry?.codes.map((c) => catalog.byId.get(c)?.key)).toEqual(listed);
    }
  );

  it.each(codeRows.map((r) => [r[0], r[1]]))(
    'code %s has the name the document gives',
    (code, name) => {
      const digits = normalizeHexDigits(code) as string;
      const entries = (catalog.codesByKey.get(hexKey(digits)) ?? []).filter(
        (e) => e.catalogId === 'legacy-connector'
      );
      expect(entries).toHaveLength(1);
      // The document names the success code in Japanese (成功); the catalog keeps the English "Success".
      expect(entries[0].name).toBe(code === '0x00000000' ? 'Success' : name);
    }
  );

  it('has nothing the document lacks', () => {
    const legacy = catalog.entries.filter((e) => e.catalogId === 'legacy-connector');
    expect(legacy.filter((e) => e.kind === 'event')).toHaveLength(19);
    expect(legacy.filter((e) => e.kind === 'code')).toHaveLength(12);
  });

  it('derives the events of a code from the event table', () => {
    const code409 = catalog.byId.get('legacy-connector:code:0x00000409');
    expect(code409?.events).toEqual(['legacy-connector:event:20502']);
    const unknown = catalog.byId.get('legacy-connector:code:0x0FFFFFFF');
    expect(unknown?.events).toHaveLength(19);
  });
});
