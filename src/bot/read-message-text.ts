import { decodeHTML } from 'entities';

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

/** HTML to text in one pass: block tags become line breaks, bot mentions are dropped. */
export function htmlToText(html: string, botNames: Set<string> = new Set()): string {
  const parts: string[] = [];
  let i = 0;
  let skipUntil = '';
  let mention: { depth: number; start: number } | undefined;
  let atCloseLeft = true;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      if (!skipUntil) parts.push(decodeHTML(html.slice(i)));
      break;
    }
    if (!skipUntil && lt > i) parts.push(decodeHTML(html.slice(i, lt)));
    const gt = html.indexOf('>', lt);
    if (gt < 0) {
      if (!skipUntil) parts.push(decodeHTML(html.slice(lt)));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const closing = tag.startsWith('/');
    const name = tagName(closing ? tag.slice(1) : tag);
    i = gt + 1;
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = '';
      continue;
    }
    if (!closing && SKIP_TAGS.has(name)) {
      skipUntil = name;
      continue;
    }
    if (name === 'span' && !closing && tag.includes(MENTION_TYPE)) {
      mention = { depth: 0, start: parts.length };
      continue;
    }
    if (mention && name === 'span') {
      if (!closing) mention.depth++;
      else if (mention.depth > 0) mention.depth--;
      else {
        const inner = parts.slice(mention.start).join('');
        if (botNames.has(normalizeName(inner))) parts.length = mention.start;
        mention = undefined;
      }
      continue;
    }
    if (name === 'at' && !closing && atCloseLeft) {
      const close = indexOfIgnoreCase(html, '</at>', i);
      // With no closing tag left, later <at> tags need no search either: keeps this linear.
      if (close < 0) atCloseLeft = false;
      else {
        const inner = decodeHTML(html.slice(i, close));
        if (!botNames.has(normalizeName(inner))) parts.push(inner);
        i = close + 5;
      }
      continue;
    }
    if (BLOCK_TAGS.has(name) && !endsWithNewline(parts)) parts.push('\n');
  }
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

function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length && end < 20 && /[A-Za-z0-9]/.test(tag[end])) end++;
  return tag.slice(0, end).toLowerCase();
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
