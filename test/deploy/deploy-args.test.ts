import { parseDeployArgs, tagFor } from '../../scripts/deploy/deploy-options';

const NOW = new Date('2026-12-07T23:59:01.250Z');

describe('parseDeployArgs', () => {
  it('fills the defaults: prefix, a tag from the time, the app package path', () => {
    expect(parseDeployArgs(['--resource-group', 'rg-bot'], NOW)).toEqual({
      kind: 'options',
      options: {
        resourceGroup: 'rg-bot',
        location: undefined,
        namePrefix: 'connector-decoder',
        tag: '20261207-235901',
        subscription: undefined,
        appPackage: 'appPackage/connector-decoder.zip',
        graphChecks: false,
      },
    });
  });

  it('reads --flag=value, az short flags, a lowercased region and --graph-checks', () => {
    const parsed = parseDeployArgs(
      [
        '-g',
        'rg-bot',
        '--location=WestEurope',
        '-n',
        'cd-prod',
        '--tag=v1.2',
        '--subscription',
        'Contoso Prod',
        '--graph-checks',
      ],
      NOW
    );
    expect(parsed).toMatchObject({
      kind: 'options',
      options: {
        resourceGroup: 'rg-bot',
        location: 'westeurope',
        namePrefix: 'cd-prod',
        tag: 'v1.2',
        subscription: 'Contoso Prod',
        graphChecks: true,
      },
    });
  });

  it('leaves a missing --resource-group to be reported with the prerequisites', () => {
    expect(parseDeployArgs(['--location', 'westeurope'], NOW)).toMatchObject({
      kind: 'options',
      options: { resourceGroup: '', location: 'westeurope' },
    });
  });

  it('answers --help', () => {
    expect(parseDeployArgs(['-g', 'x', '--help'], NOW)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--resource-group'], /^--resource-group needs a value/],
    [['--resource-group', '--location', 'westeurope'], /^--resource-group needs a value/],
    [['-g', 'rg', '--zone', '1'], /^unknown option "--zone"/],
    [['-g', 'rg', 'westeurope'], /^unexpected argument "westeurope"/],
    [['-g', 'rg', '-g', 'rg2'], /^--resource-group is given twice/],
    [['-g', 'rg.'], /^--resource-group "rg\." is not valid/],
    [['-g', 'rg', '--name', 'ab'], /^--name "ab" is not valid: 3–20 lowercase/],
    [['-g', 'rg', '--name', 'connector-decoder-prod'], /^--name .* is not valid/],
    [['-g', 'rg', '--name', 'cd-'], /^--name "cd-" is not valid/],
    [['-g', 'rg', '--location', 'west europe'], /^--location "west europe" is not valid/],
    [['-g', 'rg', '--tag', '-latest'], /^--tag needs a value/],
    [['-g', 'rg', '--tag=.x'], /^--tag ".x" is not valid/],
    [
      ['-g', 'rg', '--app-package', 'out.tar'],
      /^--app-package "out.tar" is not valid: a path ending in .zip/,
    ],
  ])('refuses %j with one line', (argv, message) => {
    const parsed = parseDeployArgs(argv, NOW);
    expect(parsed.kind).toBe('error');
    if (parsed.kind !== 'error') return;
    expect(parsed.message).toMatch(message);
    expect(parsed.message).not.toContain('\n');
  });

  it('echoes a bad value bounded and in safe characters', () => {
    const parsed = parseDeployArgs(['-g', `rg\u0007${'x'.repeat(200)}`], NOW);
    expect(parsed.kind).toBe('error');
    if (parsed.kind !== 'error') return;
    expect(parsed.message).toContain('"rg?xxx');
    expect(parsed.message.length).toBeLessThan(250);
  });
});

describe('tagFor', () => {
  it('gives each second its own tag, sortable as text', () => {
    const a = tagFor(new Date('2026-01-02T03:04:05Z'));
    const b = tagFor(new Date('2026-01-02T03:04:06Z'));
    expect(a).toBe('20260102-030405');
    expect(b > a).toBe(true);
  });
});
