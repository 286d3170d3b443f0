// Prometheus metrics with prom-client. Each running server has its own registry (never the
// global one), so tests that build several apps in one process do not count into each other.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics } from '../../app/ports/metrics';
import type { Store } from '../../store/database';

export interface PrometheusMetrics extends Metrics {
  registry: Registry;
}

export function prometheusMetrics(store: Store): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rapport_' });
  const requests = new Counter({
    name: 'rapport_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'rapport_http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'rapport_job_runs_total',
    help: 'Scheduled task runs on this instance, by task and outcome (ok, failed)',
    labelNames: ['task', 'outcome'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'rapport_outbox_deliveries_total',
    help: 'Outbox deliveries by channel (email, slack) and outcome (sent, failed)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const syncs = new Counter({
    name: 'rapport_capture_syncs_total',
    help: 'Capture source syncs by source kind and outcome (ok, failed)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  if (store.poolStats) {
    const poolStats = store.poolStats.bind(store);
    new Gauge({
      name: 'rapport_db_pool_connections',
      help: 'PostgreSQL pool connections by state (in_use, idle, waiting)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        this.set({ state: 'in_use' }, stats.total - stats.idle);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }
  return {
    registry,
    httpRequest(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    jobRun: (task, outcome) => jobRuns.inc({ task, outcome }),
    outboxDelivery: (channel, outcome) => deliveries.inc({ channel, outcome }),
    captureSync: (kind, outcome) => syncs.inc({ kind, outcome }),
  };
}
