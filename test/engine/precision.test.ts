import { PRECISION_CORPUS } from '../corpus/precision-corpus';
import { ask } from '../helpers/answers';
import { identified } from '../helpers/identified';

describe('precision corpus: realistic messages, nothing missing and nothing extra', () => {
  it('holds at least 60 messages in English and Japanese', () => {
    expect(PRECISION_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(
      PRECISION_CORPUS.filter(([text]) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text)).length
    ).toBeGreaterThanOrEqual(15);
  });

  it.each(PRECISION_CORPUS)('%s', (text, expected) => {
    expect(identified(ask(text))).toEqual(expected);
  });
});
