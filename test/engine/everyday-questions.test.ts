import { describeFinding } from '../../src/presentation/words/describe-answer';
import { ask, diagnose } from '../helpers/answers';
import { logFixture } from '../helpers/fixtures';
import { identified } from '../helpers/identified';

/** The same question in English and in Japanese reaches the same entries. */
const TWINS: ReadonlyArray<[string, string]> = [
  ['what is 0x411', '0x411 とは'],
  ['event 20502 again today', 'イベント 20502 が今日も出ました'],
  ['Event ID 4005 on ndes02', 'イベント ID 4005 が ndes02 で発生'],
  ['NDES returns 500', 'NDES が 500 エラーを返します'],
  ['0x80094800 vs 0x800706BA', '0x80094800 と 0x800706BA の違い'],
  ['Denied by Policy Module on the CA', 'CA で Denied by Policy Module と表示される'],
  ['-2016281112 on 15 devices', '-2016281112 が 15 台で出ています'],
  ['KB5014754 on our CA', 'CA の KB5014754 の対応'],
  ['challenge expired', 'チャレンジ 期限切れ'],
  ['PKCS certificate not issued', 'PKCS の証明書が発行されない'],
  ['revocation request download failed', '失効要求のダウンロードに失敗'],
  ['event 306 and 32 on Windows 11', 'Windows 11 でイベント 306 と 32'],
];

describe('Japanese questions reach the same entries as their English twins', () => {
  it.each(TWINS)('%s ↔ %s', (en, ja) => {
    const english = identified(ask(en));
    expect(english).not.toEqual(['help']);
    expect(identified(ask(ja))).toEqual(english);
  });
});

describe('findings read well', () => {
  it('does not take the time stamps, offsets or ids of a crash report for codes, and says one line', () => {
    const answer = diagnose(logFixture('w3wp-crash.txt'));
    expect(answer.findings).toHaveLength(1);
    const [finding] = answer.findings;
    expect(finding.event?.id).toBe('windows:event:1000');
    expect(finding.unknown).toEqual([{ kind: 'code', text: '0xe0434352' }]);
    const line = describeFinding('en', finding);
    expect(line).not.toMatch(/0x5b9c9a8e|0x6f0a5f6b|0x1a2c|0x0000000000040b6c/);
    expect(line).not.toMatch(/\n/);
    expect(line).toMatch(
      /^1000 ApplicationError_w3wp — .* \(also 0xe0434352, not in the catalog\)$/
    );
  });

  it('shows the retired-connector caveat once per answer, not once per item', () => {
    const answer = ask('0x403 vs 0x404 vs 0x405');
    if (answer.kind !== 'lookup') throw new Error('not a lookup');
    const notices = new Set(
      answer.items.flatMap((i) => (i.type === 'entry' && i.entry.notice ? [i.entry.notice] : []))
    );
    expect(notices.size).toBe(1);
  });

  it('labels steps by the path they apply to and puts the named path first', () => {
    const answer = ask('PKCS cert not issued, error -2146762487');
    if (answer.kind !== 'lookup' || answer.items[0].type !== 'entry')
      throw new Error('not an entry');
    const steps = answer.items[0].entry.steps;
    expect(steps[0].path).not.toBe('scep');
    expect(steps.filter((s) => s.path === 'scep').length).toBeGreaterThan(0);
  });
});
