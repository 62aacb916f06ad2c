import type { Language } from '../../catalog/catalog-types';
import { asLine } from '../words/as-text';
import type { SentinelCardData } from './card-models';

/** Text from Graph or an alert, as one safe line (never markup, never a placeholder). */
export const shown = (value: unknown, max = 120) =>
  asLine(String(value ?? '').replace(/[{}]/g, ''), max);

/** A sentinel card's data with every part it does not set empty, and its spoken text. */
export function card(
  lang: Language,
  parts: Partial<SentinelCardData> & { title: string; kicker: string }
): SentinelCardData {
  const data: SentinelCardData = {
    speak: '',
    language: lang,
    style: 'default',
    text: '',
    facts: [],
    itemsTitle: '',
    items: [],
    tip: '',
    buttons: [],
    links: [],
    ...parts,
  };
  data.speak = `${data.title}. ${data.text}`;
  return data;
}
