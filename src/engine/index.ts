/**
 * The engine's public entry: understanding questions, reading logs and building answers, as pure
 * functions of the text and the catalog. Nothing here reads files or knows about Teams.
 */
export { explain } from './explain';
export { chooseLanguage } from './question/choose-language';
export { findEntries, type FindOptions, type FoundEntries } from './find-entries';
export type * from './model/answer';
export type { LogFormat } from './model/log-record';
export { Diagnosis } from './logs/diagnosis';
export { LogStream } from './logs/log-stream';
export { EvtxReader, MAX_RECORD_CHARS, type EvtxStats } from './logs/evtx/evtx-reader';
export type { FlowAnswer, FlowNodeView, FlowRef } from './model/flow-answer';
export { guideFlow, type FlowGuide } from './flows/view-flow';
