import { CHAIN_CORPUS } from '../corpus/chain-corpus';
import { ask } from '../helpers/answers';
import { identified } from '../helpers/identified';

const reached = (text: string) => identified(ask(text)).map((id) => id.replace(/^≈/, ''));

describe('the whole chain: each of the fifteen answers in English, in Japanese and in a paste', () => {
  it.each(CHAIN_CORPUS.map((c) => [c.item, c.expect, c]))('%i → %s', (_item, expected, c) => {
    const strip = (ids: string[]) =>
      ids.map((id) => (expected.includes('@') ? id : id.replace(/@.*$/, '')));
    expect(strip(reached(c.en))).toContain(expected);
    expect(strip(reached(c.ja))).toContain(expected);
    expect(strip(reached(c.paste))).toContain(expected);
  });
});
