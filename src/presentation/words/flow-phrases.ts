import type { Language } from '../../catalog/catalog-types';
import { fillPlaceholders } from './phrases';

/** The sentences of guided flows, in both languages. */
const FLOW_PHRASES = {
  progress: { en: 'Guided check · step {step}', ja: 'ガイド付きの確認 · ステップ {step}' },
  here: { en: 'You are here: {hop}', ja: '現在の場所: {hop}' },
  answers: { en: 'What do you see?', ja: 'どうなっていますか?' },
  steps: { en: 'What to do', ja: '対処' },
  entries: { en: 'Look these up', ja: '関連する項目' },
  sources: {
    en: 'Sources: the pages this step follows.',
    ja: '出典: この手順の元になったページ',
  },
  more: { en: 'Entries and sources', ja: '関連項目と出典' },
  inference: {
    en: 'This step is our suggestion: no source states it.',
    ja: 'この手順は当方の提案です (出典には記載がありません)。',
  },
  where: { en: 'Where', ja: '確認場所' },
  run: { en: 'Do', ja: '操作' },
  good: { en: 'Good', ja: '正常' },
  bad: { en: 'Bad', ja: '異常' },
  back: { en: '← Back', ja: '← 戻る' },
  restart: { en: 'Start over', ja: '最初から' },
  offer: { en: 'Walk me through it: {title}', ja: 'ガイドで確認: {title}' },
  start: { en: 'Start the {name} check', ja: '{name} の確認を開始' },
  symptomTitleMany: { en: 'Certificates not delivered', ja: '証明書が配布されない' },
  symptomIntro: {
    en: "Let's find where delivery stops: one check at a time along the chain, each with what to look at and what it means.",
    ja: '配布が止まっている場所を、チェーンに沿って 1 つずつ確認します。各ステップで確認する場所と、その意味を示します。',
  },
  symptomStart: { en: 'Where to start', ja: '確認を始める' },
  symptomCode: {
    en: 'Have an error code, an event ID or a log already? Send it instead: the answer is more exact.',
    ja: 'エラー コード、イベント ID、ログがある場合は、それを送信してください。より正確に回答できます。',
  },
  offerTitle: {
    en: 'No code yet? Check the chain step by step',
    ja: 'コードがまだない場合は、チェーンを順に確認します',
  },
} as const;

/** A sentence of a guided flow in the given language. */
export function flowPhrase(
  language: Language,
  key: keyof typeof FLOW_PHRASES,
  values: Record<string, string | number> = {}
): string {
  return fillPlaceholders(FLOW_PHRASES[key][language], values);
}
