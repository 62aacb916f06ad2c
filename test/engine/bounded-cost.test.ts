import { performance } from 'node:perf_hooks';
import { readMessageText } from '../../src/bot/read-message-text';
import { explain } from '../../src/engine';
import { formatAnswer } from '../../src/presentation/text/format-answer';
import { ADVERSARIAL_INPUTS } from '../corpus/adversarial-inputs';
import { builtInCatalog } from '../helpers/answers';

/**
 * Cost grows linearly with the input, whatever the input. Absolute times belong to
 * `npm run bench`; here only the growth from 25 KB to 100 KB is checked, loosely: linear work
 * grows about 4×, quadratic work 16×. Figures under 2 ms count as 2 ms (timer noise).
 */
const catalog = builtInCatalog();

/**
 * The fastest of seven runs at each size, the sizes taken in turn (after a warm-up of each), so a
 * burst of other work on a busy machine slows both sizes alike rather than one of them.
 */
function growth(make: (chars: number) => string, work: (text: string) => unknown): number {
  const small = make(25_000);
  const large = make(100_000);
  const time = (text: string) => {
    const started = performance.now();
    work(text);
    return performance.now() - started;
  };
  work(large);
  work(small);
  let bestLarge = Infinity;
  let bestSmall = Infinity;
  for (let i = 0; i < 7; i++) {
    bestLarge = Math.min(bestLarge, time(large));
    bestSmall = Math.min(bestSmall, time(small));
  }
  return Math.max(bestLarge, 2) / Math.max(bestSmall, 2);
}

describe('cost grows linearly on adversarial input', () => {
  it.each(ADVERSARIAL_INPUTS.map((i) => [i.name, i] as const))(
    'explain() and the text answer: %s',
    (_name, input) => {
      expect(growth(input.make, (text) => formatAnswer(explain(text, catalog)))).toBeLessThan(10);
    }
  );

  it.each(ADVERSARIAL_INPUTS.map((i) => [i.name, i] as const))(
    'reading an HTML paste: %s',
    (_name, input) => {
      const read = (text: string) =>
        readMessageText({
          text: 'x',
          attachments: [{ contentType: 'text/html', content: `<div><pre>${text}</pre></div>` }],
        });
      expect(growth(input.make, read)).toBeLessThan(10);
    }
  );
});
