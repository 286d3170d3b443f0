// Counting what happens, as the use-cases see it. The runtime plugs in prom-client
// (src/integrations/observability/metrics.ts); elsewhere nothing is counted.

export type JobOutcome = 'ok' | 'failed';
export type MailOutcome = 'sent' | 'failed';
export type SyncOutcome = 'ok' | 'failed';

export interface Metrics {
  httpRequest(method: string, route: string, status: number, seconds: number): void;
  jobRun(task: string, outcome: JobOutcome): void;
  outboxDelivery(channel: string, outcome: MailOutcome): void;
  captureSync(kind: string, outcome: SyncOutcome): void;
}

export const noMetrics: Metrics = {
  httpRequest() {},
  jobRun() {},
  outboxDelivery() {},
  captureSync() {},
};
