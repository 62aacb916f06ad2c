import type { Catalog, CatalogEntry } from '../../catalog/catalog-types';
import { hexKey } from '../../catalog/code-keys';
import type { MatchKind } from '../model/answer';
import { foreignSourcesIn, narrowCandidates } from '../entries/narrow-candidates';
import type { WindowsCodeView } from '../windows/decode-windows-code';

/** The family an unknown code belongs to, so that suggestions stay within it. */
export type CodeFamily = 'connector' | 'hresult' | 'decimal' | 'http' | 'namespace';

/** Something the text names, where it stands. */
export type Mention =
  | { type: 'entries'; entries: CatalogEntry[]; via: MatchKind; token: string; at: number }
  | { type: 'windows'; code: WindowsCodeView; via: MatchKind; token: string; at: number }
  | {
      type: 'unknown';
      token: string;
      tokenKind: 'code' | 'event';
      family: CodeFamily;
      value: number;
      at: number;
      /** An event of a source the text names and our catalogs don't cover: no neighbours apply. */
      foreign?: boolean;
      /** A code written inside a namespace (an Apple error domain): neighbours only from it, if covered. */
      namespace?: { namespace: string; covered: boolean };
    }
  | { type: 'didYouMean'; token: string; suggestions: CatalogEntry[]; at: number };

/** Collects mentions without repeats: each entry, code or token once, at its first place. */
export class MentionSink {
  readonly mentions: Mention[] = [];
  private readonly seen = new Set<string>();
  /** Narrowed entries per event number: narrowing reads the whole text, so once per number. */
  private readonly narrowed = new Map<number, CatalogEntry[]>();

  constructor(
    private readonly catalog: Catalog,
    private readonly text: string
  ) {}

  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** A mention keyed by `key`, added only the first time. */
  once(key: string, mention: Mention): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.mentions.push(mention);
  }

  addEntries(entries: readonly CatalogEntry[], via: MatchKind, token: string, at: number): void {
    const fresh = [...new Set(entries)].filter((e) => !this.seen.has(e.id));
    for (const e of fresh) this.seen.add(e.id);
    if (fresh.length) this.mentions.push({ type: 'entries', entries: fresh, via, token, at });
  }

  /** A generic code, or the catalog's entry for the same value when it curates one. */
  addWindows(code: WindowsCodeView, via: MatchKind, token: string, at: number): void {
    const decimal = code.family === 'win32' || code.family === 'winhttp';
    // A Win32 error and its HRESULT (5 and 0x80070005) are one error: the curated entry serves both.
    const hex = decimal
      ? code.value < 0x10000
        ? (0x80070000 | code.value) >>> 0
        : undefined
      : code.value >>> 0;
    const curated =
      hex === undefined ? [] : this.catalog.codesByKey.get(hexKey(hex.toString(16).toUpperCase()));
    if (curated?.length) this.addEntries(curated, via, token, at);
    else this.once(`windows:${hex ?? code.key}`, { type: 'windows', code, via, token, at });
  }

  /** An event number: the catalog's events of that number the text points at, or "not in the catalog". */
  addEvent(number: string, at: number): void {
    const value = Number(number);
    let entries = this.narrowed.get(value);
    if (!entries) {
      const found = this.catalog.eventsByNumber.get(String(value));
      entries = found
        ? narrowCandidates(this.catalog, found, this.text, [], this.foreignSources())
        : [];
      this.narrowed.set(value, entries);
    }
    if (entries.length) this.addEntries(entries, 'event', number, at);
    else {
      this.once(`event:${value}`, {
        type: 'unknown',
        token: number,
        tokenKind: 'event',
        family: 'decimal',
        value,
        at,
        foreign: this.foreignSources().length > 0,
      });
    }
  }

  private foreign?: string[];

  /** The event sources other than ours the text names (Schannel, WAS, …): read once per text. */
  private foreignSources(): string[] {
    this.foreign ??= foreignSourcesIn(this.text);
    return this.foreign;
  }

  /** An unknown code of a family, once per written form. */
  addUnknownCode(
    token: string,
    family: CodeFamily,
    value: number,
    at: number,
    namespace?: { namespace: string; covered: boolean }
  ): void {
    this.once(`code:${token.toLowerCase()}`, {
      type: 'unknown',
      token,
      tokenKind: 'code',
      family,
      value,
      at,
      ...(namespace ? { namespace, foreign: !namespace.covered } : {}),
    });
  }
}
