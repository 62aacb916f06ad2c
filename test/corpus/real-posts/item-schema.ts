import { MAX_TEXT, SOURCE_FAMILIES } from './real-post';

const idList = {
  type: 'array',
  items: {
    type: 'string',
    pattern: '^([a-z0-9-]+:)?(event|code|message|topic):[^\\s:][^:]{0,60}$|^[a-z0-9-]+:$',
  },
  uniqueItems: true,
} as const;

/** JSON Schema of one corpus line (draft 2020-12 subset that Ajv validates). */
export const REAL_POST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'batch', 'source', 'family', 'language', 'text', 'expect', 'note'],
  properties: {
    id: { type: 'string', pattern: '^rp-[0-9]{4}$' },
    batch: { type: 'integer', minimum: 1 },
    source: { type: 'string', pattern: '^https?://[^\\s]+$' },
    family: { enum: [...SOURCE_FAMILIES] },
    language: { enum: ['en', 'ja'] },
    text: { type: 'string', minLength: 10, maxLength: MAX_TEXT },
    note: { type: 'string', minLength: 10, maxLength: 600 },
    movedToDevelopment: { type: 'string', minLength: 10 },
    expect: {
      type: 'object',
      additionalProperties: false,
      required: ['lead', 'acceptable', 'mustNotLead'],
      properties: {
        lead: idList,
        acceptable: idList,
        mustNotLead: idList,
        missing: { type: 'string', minLength: 10 },
      },
      // Either an entry must lead, or the right answer is described in words.
      anyOf: [{ properties: { lead: { minItems: 1 } } }, { required: ['missing'] }],
    },
  },
} as const;
