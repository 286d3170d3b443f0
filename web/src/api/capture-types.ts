// Shapes of capture's JSON (sources, the noticed inbox, people to add), inferred from the
// server's own schemas so the web app and the API contract can't drift apart (type-only).
export type {
  CaptureSuggestion,
  Noticed,
  SeenInMeetings,
  Source,
  SourceChanges,
  SourceInput,
  SourceKind,
  SourceMode,
  SourceTest,
  SyncReport,
  TodayCapture,
} from '../../../src/http/sources/source-schemas';
