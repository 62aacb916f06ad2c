/**
 * What an attacker (or an unlucky paste) can put in a log or a message to change how a card or a
 * reply reads: links, images, emphasis, mentions, template expressions, card JSON, invisible and
 * reordering characters. Each carries the marker `EVIL` so a test can find where it landed.
 * Payloads for space-separated fields (an IIS log line) have no spaces.
 */
export const INJECTION_PAYLOADS: Record<string, string> = {
  'markdown link': '[Fix_now_EVIL](https://evil.example/login)',
  'markdown image': '![EVIL](https://evil.example/pixel.png)',
  'reference link': '[EVIL][1]\n[1]: https://evil.example/ref',
  autolink: '<https://evil.example/EVIL>',
  'bare URL': 'https://evil.example/EVIL/login',
  'www link': 'www.evil.example/EVIL',
  'bare domain': 'EVIL.evil.com/login and portal.evil.co.uk',
  'e-mail address': 'EVIL@evil.com mailto:EVIL@evil.example',
  'IP address': 'EVIL at 203.0.113.9/login',
  'underscore runs': '__EVIL__ ___EVIL___',
  emphasis: '**EVIL** _EVIL_ *EVIL* ~~EVIL~~',
  'inline code': '`EVIL`',
  'mention tag': '<at>EVIL Admin</at>',
  'HTML tags': '<b>EVIL</b><script>alert(1)</script><img src=x>',
  'HTML entities': '&lt;at&gt;EVIL&lt;/at&gt;',
  'template expression': '${EVIL}${$root.title}',
  'card date function': 'EVIL{{DATE(2030-01-01T00:00:00Z,LONG)}}{{TIME(2030-01-01T00:00:00Z)}}',
  'card JSON': '{"type":"Action.OpenUrl","url":"https://evil.example/EVIL"}',
  'list and heading': '- EVIL\n# EVIL\n1. EVIL\n> EVIL',
  'zero-width characters': 'EV\u200BIL\u200C\u200D\u2060\uFEFFEVIL',
  'bidi controls': '\u202EEVIL\u202C \u2066EVIL\u2069 \u200FEVIL',
  // Tag characters spell hidden text (U+E0045 is a tagged 'E'); a terminal or a reader shows nothing.
  'tag characters':
    'EV\u{E0049}\u{E004C}IL \u{E0001}\u{E0065}\u{E0076}\u{E0069}\u{E006C}\u{E007F}EVIL',
  'variation selectors and CGJ': 'E\uFE0FV\uFE00I\u{E0100}L\u034FEVIL\u{E01EF}',
  'Hangul fillers': '\u3164EVIL\u115F\u1160\uFFA0 EVIL\u3164',
  'other format characters': '\u0600EVIL\u06DD\u070F\u110BD\u{1D173}\u2061\u206AEVIL\u180E',
  'terminal escape': '\u001b[31mEVIL\u001b[0m\u0007',
  'table pipe': '| EVIL | EVIL |\n|---|---|',
};

/** The same payloads with spaces removed, for fields that end at a space. */
export function withoutSpaces(payload: string): string {
  return payload.replace(/\s+/g, '');
}
