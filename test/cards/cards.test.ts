import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/load-catalog';
import { findProjectRoot } from '../../src/project-root';
import { LANGUAGES } from '../../src/catalog/catalog-types';
import { buildReply } from '../../src/cards/build-reply';
import { createCardRenderer } from '../../src/cards/render-card';
import type { Answer } from '../../src/core/answer';
import { explain } from '../../src/core/explain';

// The package's main entry is ESM without extensions and fails in Node; the UMD bundle parses without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

const catalog = loadCatalog();
const fixtures = join(findProjectRoot(), 'test', 'fixtures', 'logs');
const renderer = createCardRenderer();
/** Teams allows about 100 KB per message, counted as UTF-16; stay well below. */
const SIZE_BUDGET = 40_000;

function validate(card: Record<string, unknown>): string[] {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  adaptiveCard.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of adaptiveCard.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

function everyAnswer(): Array<[string, Answer, boolean]> {
  const cases: Array<[string, Answer, boolean]> = [];
  for (const language of LANGUAGES) {
    for (const entry of catalog.entries) cases.push([`${entry.id} (${language})`, explain(entry.id, { catalog, language }), false]);
    cases.push([`help (${language})`, explain('help', { catalog, language }), false]);
    cases.push([`welcome (${language})`, explain('help', { catalog, language }), true]);
    cases.push([`not found (${language})`, explain('0x40A', { catalog, language }), false]);
    cases.push([`nothing (${language})`, explain('banana smoothie', { catalog, language }), false]);
    cases.push([`did you mean (${language})`, explain('CRPSCEPChalenge_Expired', { catalog, language }), false]);
    cases.push([`several (${language})`, explain('0x403 vs 0x404 vs 0x40A', { catalog, language }), false]);
    for (const file of readdirSync(fixtures)) {
      cases.push([`log ${file} (${language})`, explain(readFileSync(join(fixtures, file), 'utf8'), { catalog, language }), false]);
    }
    const manyRecords = readFileSync(join(fixtures, 'event-viewer-text-many.txt'), 'utf8').repeat(60);
    cases.push([`log of 240 records (${language})`, explain(manyRecords, { catalog, language }), false]);
    const everything = catalog.entries.map((e) => (e.kind === 'code' ? e.key : `event ${e.key}`)).join(' ');
    cases.push([`largest multi-result (${language})`, explain(everything + ' 0x40A 0x40B event 20503', { catalog, language }), false]);
  }
  return cases;
}

describe('every card the bot can send', () => {
  it.each(everyAnswer())('%s is a valid Teams card', (_name, answer, welcome) => {
    const reply = buildReply(renderer, answer, { welcome });
    const card = reply.attachments[0].content;
    const json = JSON.stringify(card);
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(json).not.toContain('${');
    expect(validate(card)).toEqual([]);
    expect(JSON.stringify(reply).length * 2).toBeLessThan(SIZE_BUDGET * 2);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.text.length).toBeLessThanOrEqual(300);
  });

  it('reuses the expanded card for the same entry and language, and only then', () => {
    const fresh = createCardRenderer();
    const first = buildReply(fresh, explain('0x411', { catalog })).attachments[0];
    expect(buildReply(fresh, explain('CRPSCEPChallenge_Expired', { catalog })).attachments[0]).toBe(first);
    expect(buildReply(fresh, explain('0x411', { catalog, language: 'ja' })).attachments[0]).not.toBe(first);
    expect(buildReply(fresh, explain('0x411 ' + 'a'.repeat(10), { catalog })).attachments[0]).toBe(first);
  });

  it('catches a broken card (the validator is not a no-op)', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] }).length).toBeGreaterThan(0);
  });

  it('caps long related lists with "and N more"', () => {
    const card = buildReply(renderer, explain('0x0FFFFFFF', { catalog })).attachments[0].content;
    expect(JSON.stringify(card)).toMatch(/and 14 more/);
  });

  it('shows inferred steps as suggestions', () => {
    const card = JSON.stringify(buildReply(renderer, explain('0x411', { catalog })).attachments[0].content);
    expect(card).toMatch(/Suggestion: To speed that up/);
    expect(card).toMatch(/not stated by Microsoft; our inference/);
  });

  it('shows a team\'s additions as theirs', () => {
    const withTeam = loadCatalog({ teamDir: join(findProjectRoot(), 'examples', 'team-catalog') });
    const reply = buildReply(createCardRenderer(), explain('0x409', { catalog: withTeam }));
    const json = JSON.stringify(reply.attachments[0].content);
    expect(json).toMatch(/★ from your team/);
    expect(json).toMatch(/#pki-oncall/);
    expect(validate(reply.attachments[0].content)).toEqual([]);
  });

  it('marks severity clearly', () => {
    const card = buildReply(renderer, explain('event 20502', { catalog })).attachments[0].content as { body: Array<{ style?: string }> };
    expect(card.body[0].style).toBe('attention');
  });
});
