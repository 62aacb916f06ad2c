import { htmlToText, readMessageText } from '../../src/bot/read-message-text';

const bot = { id: '28:bot', name: 'Connector Decoder' };
const mention = { type: 'mention', text: '<at>Connector Decoder</at>', mentioned: bot };

describe('readMessageText', () => {
  it.each([
    ['<at>Connector Decoder</at> what is 0x411', 'what is 0x411'],
    ['what is 0x411 <at>Connector Decoder</at>', 'what is 0x411'],
    ['<at>Connector Decoder</at> 0x403 vs <at>Connector Decoder</at> 0x404', '0x403 vs   0x404'],
    ['ask <at>Sam Lee</at> about 0x411 <at>Connector Decoder</at>', 'ask Sam Lee about 0x411'],
    ['\r\n<at>Connector Decoder</at>&nbsp;event&nbsp;20502\r\n', 'event 20502'],
    ['<at>Connector Decoder</at>', ''],
  ])('%j → %j', (text, expected) => {
    expect(readMessageText({ text, entities: [mention], recipient: bot })).toBe(expected);
  });

  it('prefers the text/html attachment and keeps its lines and angle brackets', () => {
    const html =
      '<div><span itemtype="http://schema.skype.com/Mention" itemscope itemid="0">Connector Decoder</span>&nbsp;</div><div>line &lt;one&gt;</div><div>Event ID: 20502</div>';
    expect(
      readMessageText({
        text: 'line Event ID: 20502',
        attachments: [{ contentType: 'text/html', content: html }],
        entities: [mention],
        recipient: bot,
      })
    ).toBe('line <one>\nEvent ID: 20502');
  });

  it('keeps other people mentioned in HTML', () => {
    const html =
      '<p><span itemtype="http://schema.skype.com/Mention" itemid="1">Sam Lee</span> see 0x411</p>';
    expect(
      readMessageText({
        attachments: [{ contentType: 'text/html', content: html }],
        entities: [mention],
        recipient: bot,
      })
    ).toBe('Sam Lee see 0x411');
  });

  it.each([
    ['an attribute holding >', '<p title="a>b">what is 0x411</p>', 'what is 0x411'],
    ['a single-quoted attribute holding <at>', "<div data-x='<at>x</at>'>0x411</div>", '0x411'],
    ['a comment', '<p>what is<!-- 0x999 --> 0x411</p>', 'what is 0x411'],
    ['a comment holding >', '<p>what is<!-- if a > b: 0x999 --> 0x411</p>', 'what is 0x411'],
    ['CDATA (not text in HTML)', '<div><![CDATA[0x999]]>0x411</div>', '0x411'],
    ['script and style', '<style>p{color:red}</style><script>x = 0x999</script>0x411', '0x411'],
    ['paragraphs', '<p>Event ID: 20502</p><p>Level: Error</p>', 'Event ID: 20502\nLevel: Error'],
    [
      'br, upper case too',
      'Log Name: Application<BR>Event ID: 20502<br/>Level: Error',
      'Log Name: Application\nEvent ID: 20502\nLevel: Error',
    ],
    ['list items', '<ul><li>0x403</li><li>0x404</li></ul>', '0x403\n0x404'],
    [
      'table rows',
      '<table><tr><td>Event ID: 20502</td></tr><tr><td>Level: Error</td></tr></table>',
      'Event ID: 20502\nLevel: Error',
    ],
    ['divs with a blank line between', '<div>a</div><div><br></div><div>b</div>', 'a\nb'],
    [
      'entities, named and numeric',
      '<p>&lt;Event&gt; &amp; &#x30;x411 &quot;ok&quot;&nbsp;&#12486;</p>',
      '<Event> & 0x411 "ok" テ',
    ],
    [
      'a bot mention as <at id>',
      '<p><at id="0">Connector Decoder</at>&nbsp;what is 0x411</p>',
      'what is 0x411',
    ],
    ['another person as <at>', '<p><at id="1">Sam Lee</at> see 0x411</p>', 'Sam Lee see 0x411'],
    [
      'a mention span whose itemtype has an entity',
      '<span itemtype="http&#58;//schema.skype.com/Mention">Connector Decoder</span> 0x411',
      '0x411',
    ],
    ['a bot mention with nested markup', '<at><b>Connector</b> Decoder</at> 0x411', '0x411'],
  ])('reads HTML with %s', (_name, html, expected) => {
    expect(
      readMessageText({
        attachments: [{ contentType: 'text/html', content: html }],
        entities: [mention],
        recipient: bot,
      })
    ).toBe(expected);
  });

  it('keeps pre blocks line by line', () => {
    expect(htmlToText('<pre>Log Name: X\nEvent ID: 20502\n</pre>')).toBe(
      'Log Name: X\nEvent ID: 20502\n'
    );
  });

  it.each([
    ['unclosed tags', '<'.repeat(250_000)],
    ['<at> without a closing tag', '<at>'.repeat(60_000)],
    ['<at> closed only at the end', '<at>'.repeat(60_000) + '</at>'],
    ['nested spans', '<span>'.repeat(40_000)],
    ['unclosed mention spans', '<span itemtype="http://schema.skype.com/Mention">x'.repeat(5_000)],
  ])('handles %s in bounded time', (_name, input) => {
    const started = Date.now();
    expect(
      typeof readMessageText({
        text: input,
        attachments: [{ contentType: 'text/html', content: input }],
      })
    ).toBe('string');
    expect(typeof readMessageText({ text: input })).toBe('string');
    // Generous: a quadratic scan of 250 KB takes tens of seconds; linear takes milliseconds.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('tolerates activities of the wrong shape', () => {
    const odd = {
      text: 42,
      entities: [null, 'x', { type: 'mention', mentioned: 'bot' }],
      attachments: 'nope',
      recipient: 'bot',
    } as unknown as Parameters<typeof readMessageText>[0];
    expect(readMessageText(odd)).toBe('');
    expect(
      readMessageText({ text: '0x411', entities: [null] } as unknown as Parameters<
        typeof readMessageText
      >[0])
    ).toBe('0x411');
  });
});
