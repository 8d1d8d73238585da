// The server's metrics, under etcd's names.
import { Counter, defaultBuckets, Gauge, HistogramVec, MetricsRegistry } from '../util/metrics.js';

/**
 * etcd's --metrics: `extensive` adds the gRPC handling-time histograms (grpc-prometheus'
 * EnableHandlingTimeHistogram), `basic` leaves them out.
 */
export type MetricsLevel = 'basic' | 'extensive';

export function createServerMetrics(
  registry = new MetricsRegistry(),
  level: MetricsLevel = 'basic',
) {
  return {
    grpcHandlingSeconds:
      level === 'extensive'
        ? registry.register(
            new HistogramVec(
              'grpc_server_handling_seconds',
              'Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.',
              defaultBuckets,
            ),
          )
        : undefined,
    registry,
    hasLeader: registry.register(
      new Gauge(
        'etcd_server_has_leader',
        'Whether or not a leader exists. 1 is existence, 0 is not.',
      ),
    ),
    isLeader: registry.register(
      new Gauge(
        'etcd_server_is_leader',
        'Whether or not this member is a leader. 1 if is, 0 otherwise.',
      ),
    ),
    leaderChanges: registry.register(
      new Counter('etcd_server_leader_changes_seen_total', 'The number of leader changes seen.'),
    ),
    proposalsApplied: registry.register(
      new Counter(
        'etcd_server_proposals_applied_total',
        'The total number of consensus proposals applied.',
      ),
    ),
    proposalsPending: registry.register(
      new Gauge(
        'etcd_server_proposals_pending',
        'The current number of pending proposals to commit.',
      ),
    ),
    proposalsFailed: registry.register(
      new Counter(
        'etcd_server_proposals_failed_total',
        'The total number of failed proposals seen.',
      ),
    ),
    dbSizeBytes: registry.register(
      new Gauge(
        'etcd_mvcc_db_total_size_in_bytes',
        'Total size of the underlying database physically allocated in bytes.',
      ),
    ),
    keysTotal: registry.register(
      new Gauge('etcd_debugging_mvcc_keys_total', 'Total number of keys.'),
    ),
    currentRevision: registry.register(
      new Gauge('etcd_debugging_mvcc_current_revision', 'The current revision of store.'),
    ),
    compactRevision: registry.register(
      new Gauge(
        'etcd_debugging_mvcc_compact_revision',
        'The revision of the last compaction in store.',
      ),
    ),
    watchers: registry.register(
      new Gauge('etcd_debugging_mvcc_watcher_total', 'Total number of watchers.'),
    ),
    leases: registry.register(new Gauge('etcd_debugging_lease_total', 'The number of leases.')),
    grpcStarted: registry.register(
      new Counter('grpc_server_started_total', 'Total number of RPCs started on the server.'),
    ),
    grpcHandled: registry.register(
      new Counter(
        'grpc_server_handled_total',
        'Total number of RPCs completed on the server, regardless of success or failure.',
      ),
    ),
  };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;
