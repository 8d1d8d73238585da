// Entry point of one load worker process (forked by worker-pool.ts). One Node process saturates
// about one core of grpc-js client work, so heavier loads are spread over several of these.
// The worker exits when its parent disconnects, so it cannot outlive the benchmark.
import { LoadGenerator } from './load-generator.js';
import { openChannel, waitForChannel } from './etcd-rpc.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

function send(message: FromWorker): void {
  process.send!(message);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2]!) as WorkerConfig;
  const channels = Array.from({ length: config.conns }, (_, i) => {
    const channelIndex = config.firstChannelIndex + i;
    return openChannel(config.endpoints[channelIndex % config.endpoints.length]!, channelIndex);
  });
  process.once('disconnect', () => {
    for (const channel of channels) channel.close();
    process.exit(0);
  });
  try {
    await Promise.all(channels.map((c) => waitForChannel(c, config.connectTimeoutMs)));
  } catch (err) {
    send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  const generator = new LoadGenerator(channels, config.shape, config.requestTimeoutMs);
  process.on('message', (message: ToWorker) => {
    void generator.run(message.run).then((result) => {
      send({ type: 'result', id: message.id, result });
    });
  });
  send({ type: 'ready' });
}

void main();
