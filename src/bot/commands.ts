/**
 * The commands the bot lists in Teams' command menu. The manifest's commandLists are written
 * from this table by `npm run package`, and a test keeps manifest/manifest.json in step with it.
 */
export const COMMANDS: ReadonlyArray<{ title: string; description: string }> = [
  { title: 'help', description: 'What I can explain and how to ask' },
  { title: 'what is 0x411', description: 'Explain a diagnostic code (0x411, 0x00000411, …)' },
  { title: 'event 20502', description: 'Explain a connector event ID' },
  { title: 'CRPSCEPChallenge_Expired', description: 'Look up an event or code by name' },
  { title: 'challenge expired', description: 'Search by keywords, in English or Japanese' },
  { title: '0x403 vs 0x404', description: 'Compare several codes or events at once' },
  {
    title: 'watch',
    description: 'Post chain alerts here, decoded (and this chat’s alert webhook)',
  },
  { title: 'health', description: 'The certificate chain’s state now' },
  { title: 'unwatch', description: 'Stop posting chain alerts here' },
];
