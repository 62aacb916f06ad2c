import { readMessageText } from '../../src/bot/read-message-text';
import { explain } from '../../src/engine';
import { formatAnswer } from '../../src/presentation/text/format-answer';
import { ADVERSARIAL_INPUTS } from '../corpus/adversarial-inputs';
import { builtInCatalog } from '../helpers/answers';

/**
 * Cost grows linearly with the input, whatever the input. Absolute times belong to
 * `npm run bench`; here only the growth from 25 KB to 100 KB is checked, loosely: linear work
 * grows about 4×, quadratic work 16×. Figures under 2 ms count as 2 ms (noise).
 */
const catalog = builtInCatalog();

/**
 * The least CPU time of seven runs at each size, the sizes taken in turn after a warm-up of each.
 * CPU time, not wall time: on a busy machine a run waits for a core, which would count against
 * whichever size it happened to; the process's own CPU time (garbage collection included) is
 * what grows with the work.
 */
function growth(make: (chars: number) => string, work: (text: string) => unknown): number {
  const small = make(25_000);
  const large = make(100_000);
  const time = (text: string) => {
    const started = process.cpuUsage();
    work(text);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
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
