import { decodeHTML } from 'entities';
import { Tokenizer } from 'htmlparser2';

/** The parts of an incoming activity that carry what the user wrote. */
export interface MessageLike {
  text?: string;
  attachments?: Array<{ contentType?: string; content?: unknown }>;
  entities?: Array<{ type?: string; text?: string; mentioned?: { id?: string; name?: string } }>;
  recipient?: { id?: string; name?: string };
}

const BLOCK_TAGS = new Set([
  'div',
  'p',
  'br',
  'li',
  'tr',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'table',
  'ul',
  'ol',
]);
const SKIP_TAGS = new Set(['script', 'style']);
const MENTION_TYPE = 'schema.skype.com/Mention';

/**
 * What the user wrote, as plain text with its line breaks: from the `text/html` attachment when
 * Teams sent one (it keeps lines and angle brackets that `text` may lose), else from `text`.
 * Every mention of the bot is removed wherever it stands; other mentions keep the person's name.
 */
export function readMessageText(activity: MessageLike): string {
  const botNames = mentionNamesOf(activity);
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  const html = attachments.find(
    (a) => !!a && a.contentType === 'text/html' && typeof a.content === 'string'
  );
  if (html) return htmlToText(html.content as string, botNames).trim();
  return stripAtTags(typeof activity.text === 'string' ? activity.text : '', botNames).trim();
}

/** Names under which the bot is mentioned in this activity. */
function mentionNamesOf(activity: MessageLike): Set<string> {
  const names = new Set<string>();
  const recipient =
    activity.recipient && typeof activity.recipient === 'object' ? activity.recipient : {};
  const botId = typeof recipient.id === 'string' ? recipient.id : undefined;
  for (const entity of Array.isArray(activity.entities) ? activity.entities : []) {
    if (
      !entity ||
      typeof entity !== 'object' ||
      entity.type !== 'mention' ||
      !entity.mentioned ||
      typeof entity.mentioned !== 'object'
    )
      continue;
    if (botId && entity.mentioned.id !== botId) continue;
    const inner = typeof entity.text === 'string' ? innerAt(entity.text) : entity.mentioned.name;
    if (typeof inner === 'string' && inner) names.add(normalizeName(inner));
  }
  if (typeof recipient.name === 'string') names.add(normalizeName(recipient.name));
  return names;
}

function innerAt(text: string): string {
  return text.replace(/^<at[^>]{0,200}>/i, '').replace(/<\/at>$/i, '');
}

function normalizeName(name: string): string {
  return decodeHTML(name).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Removes `<at>Bot</at>`; other `<at>Name</at>` become `Name`. Linear: no backtracking. */
function stripAtTags(text: string, botNames: Set<string>): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = indexOfIgnoreCase(text, '<at', i);
    if (open < 0) break;
    const openEnd = text.indexOf('>', open);
    const close = openEnd < 0 ? -1 : indexOfIgnoreCase(text, '</at>', openEnd);
    if (close < 0) break;
    const inner = text.slice(openEnd + 1, close);
    out += text.slice(i, open) + (botNames.has(normalizeName(inner)) ? ' ' : decodeHTML(inner));
    i = close + 5;
  }
  return decodeHTML(out + text.slice(i)).replace(/\u00A0/g, ' ');
}

/** Longest mention text compared with the bot's names: a real display name is far shorter. */
const MAX_MENTION_CHARS = 200;

/**
 * HTML to text: block tags become line breaks, bot mentions (`<at>` or Teams' mention `<span>`) are
 * dropped, other mentions keep the name. htmlparser2's tokenizer reads tags as browsers do, so
 * attribute values holding `>`, comments and CDATA never reach the text, and entities are decoded
 * by the HTML rules. We use its tokenizer, not its Parser: the Parser keeps a stack of open tags
 * that costs quadratic time on deeply nested input; here nesting is only counted, so the cost
 * stays linear in the input.
 */
export function htmlToText(html: string, botNames: Set<string> = new Set()): string {
  const parts: string[] = [];
  let tag = '';
  let attrib = '';
  let itemtype = '';
  let skipping = '';
  let mention: { name: string; depth: number; start: number } | undefined;
  const lineBreak = (): void => {
    if (!endsWithNewline(parts)) parts.push('\n');
  };
  const open = (name: string): void => {
    if (skipping) return;
    if (SKIP_TAGS.has(name)) {
      skipping = name;
      return;
    }
    if (mention) {
      if (name === mention.name) mention.depth++;
    } else if (name === 'at' || (name === 'span' && itemtype.includes(MENTION_TYPE))) {
      mention = { name, depth: 0, start: parts.length };
      return;
    }
    if (BLOCK_TAGS.has(name)) lineBreak();
  };
  const close = (name: string): void => {
    if (skipping) {
      if (name === skipping) skipping = '';
      return;
    }
    if (mention && name === mention.name && mention.depth-- === 0) {
      const inner = parts.slice(mention.start).join('');
      if (inner.length <= MAX_MENTION_CHARS && botNames.has(normalizeName(inner)))
        parts.length = mention.start;
      mention = undefined;
      return;
    }
    if (BLOCK_TAGS.has(name)) lineBreak();
  };
  const keepsAttribute = (): boolean => tag === 'span' && attrib === 'itemtype';
  const nameAt = (start: number, end: number): string => html.slice(start, end).toLowerCase();
  const ignore = (): void => undefined;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = nameAt(start, end);
        itemtype = '';
      },
      onattribname(start, end) {
        attrib = nameAt(start, end);
      },
      onattribdata(start, end) {
        if (keepsAttribute() && itemtype.length < MAX_MENTION_CHARS)
          itemtype += html.slice(start, end);
      },
      onattribentity(codepoint) {
        if (keepsAttribute() && itemtype.length < MAX_MENTION_CHARS)
          itemtype += String.fromCodePoint(codepoint);
      },
      onattribend() {
        attrib = '';
      },
      onopentagend() {
        open(tag);
      },
      onselfclosingtag() {
        open(tag);
        close(tag);
      },
      onclosetag(start, end) {
        close(nameAt(start, end));
      },
      ontext(start, end) {
        if (!skipping) parts.push(html.slice(start, end));
      },
      ontextentity(codepoint) {
        if (!skipping) parts.push(String.fromCodePoint(codepoint));
      },
      oncomment: ignore,
      oncdata: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    }
  );
  tokenizer.write(html);
  tokenizer.end();
  return parts
    .join('')
    .replace(/\u00A0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function endsWithNewline(parts: string[]): boolean {
  const last = parts[parts.length - 1];
  return last === undefined || last.endsWith('\n');
}

function indexOfIgnoreCase(text: string, needle: string, from: number): number {
  const first = needle[0];
  const upper = first.toUpperCase();
  for (let i = from; i <= text.length - needle.length; i++) {
    const c = text[i];
    if ((c === first || c === upper) && text.slice(i, i + needle.length).toLowerCase() === needle)
      return i;
  }
  return -1;
}
