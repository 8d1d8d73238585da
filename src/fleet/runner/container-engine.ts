// The machine's Docker engine, as the runner sees it: containers of [Container] units pulled,
// created, started, signalled and removed through dockerode, and their ends and health reported
// back. Every container carries labels naming its unit, this machine and the unit's hash, so
// that after a clusterd restart the Docker engine's own list says what is whose: a running
// container of the same unit and hash is adopted, anything else of this machine's removed.
//
// One owner for the engine's event stream: a single `GET /events` filtered to this machine's
// containers reports every die and health change; when it breaks (dockerd restarted) it is opened
// again and each tracked container inspected, so an end missed meanwhile is still reported.
import { PassThrough } from 'node:stream';
import Docker from 'dockerode';
import type { Disposable } from '../../util/lifecycle.js';
import { onLines } from '../../util/lines.js';
import type { Logger } from '../../util/log.js';
import { containerNameOf, type ContainerSpec } from './container-spec.js';
import type { ExitStatus } from './unit-process.js';
import type { UnitAddress, UnitDockerNetwork } from './unit-network.js';
import { readEnvironmentFiles } from './environment-files.js';
import { signalName } from './systemd-syntax.js';

export const containerLabels = {
  unit: 'clusterd.unit',
  machine: 'clusterd.machine',
  hash: 'clusterd.hash',
} as const;

export interface ContainerEngineOptions {
  /** The engine's unix socket (DOCKER_HOST's unix:// path). */
  socketPath: string;
  machineId: string;
  logger: Logger;
}

export interface ContainerRunEvents {
  /** A line from the runner about this container (pull progress, adoption). */
  note(line: string): void;
  /** The container's own output, as the unit's journal takes it. */
  output(shortId: string): { write(chunk: string): void; end(): void };
  onExit(status: ExitStatus): void;
  onUnhealthy(): void;
}

export interface ContainerRequest {
  unit: string;
  hash: string;
  spec: ContainerSpec;
  /** The unit's address on the machine's subnet: the container joins that Docker network. */
  address?: UnitAddress | undefined;
  events: ContainerRunEvents;
}

/** One container of a unit's run, from its start (or adoption) until it is removed or let go. */
export class ContainerRun {
  private logStream: NodeJS.ReadableStream | undefined;
  private ended = false;
  /** How the container ended, once it did. */
  exitStatus: ExitStatus | undefined;
  /** The host ports the engine bound for it (PublishPort=, an engine-picked one included). */
  hostPorts: readonly number[] = [];

  constructor(
    readonly unit: string,
    readonly id: string,
    /** The container's main process as this machine sees it; 0 until it started. */
    public pid: number,
    readonly adopted: boolean,
    private readonly engine: ContainerEngine,
    private readonly events: ContainerRunEvents,
  ) {}

  get shortId(): string {
    return this.id.slice(0, 12);
  }

  /** Sends `signal` to the container's main process; false when it is known not to run. */
  kill(signal: NodeJS.Signals): boolean {
    if (this.ended) return false;
    this.engine.kill(this, signal);
    return true;
  }

  /** Removes the container (force: a running one is killed). */
  remove(): Promise<void> {
    this.release();
    return this.engine.remove(this.id, this.unit);
  }

  /** Stops following the container; it runs on (KillMode=none, or clusterd stopping). */
  release(): void {
    this.ended = true;
    this.engine.forget(this);
    this.stopLogs();
  }

  /** @internal the engine reports the container's end. */
  exited(status: ExitStatus): void {
    if (this.ended) return;
    this.ended = true;
    this.exitStatus = status;
    this.engine.forget(this);
    // The last lines reach the journal before the end is reported.
    setTimeout(() => {
      this.stopLogs();
    }, 200).unref();
    this.events.onExit(status);
  }

  /** @internal */
  unhealthy(): void {
    if (!this.ended) this.events.onUnhealthy();
  }

  /** @internal the container's output from `sinceSeconds` on, into the unit's journal. */
  followLogs(docker: Docker, container: Docker.Container, sinceSeconds: number): void {
    void container
      .logs({ follow: true, stdout: true, stderr: true, since: sinceSeconds })
      .then((stream) => {
        if (this.ended) {
          destroy(stream);
          return;
        }
        this.logStream = stream;
        const sink = this.events.output(this.shortId);
        const out = new PassThrough();
        out.on('data', (chunk: Buffer) => {
          sink.write(chunk.toString('utf8'));
        });
        stream.on('end', () => {
          sink.end();
        });
        stream.on('error', () => {
          sink.end();
        });
        docker.modem.demuxStream(stream, out, out);
      })
      .catch(() => undefined); // a container gone before its logs were asked for
  }

  private stopLogs(): void {
    if (this.logStream) destroy(this.logStream);
    this.logStream = undefined;
  }
}

const eventsRetryMs = 1000;

export class ContainerEngine implements Disposable {
  private readonly docker: Docker;
  private readonly runs = new Map<string, ContainerRun>();
  /** Removals under way, by unit: a unit's next container waits for them (its name is reused). */
  private readonly removing = new Map<string, Promise<void>>();
  private eventStream: NodeJS.ReadableStream | undefined;
  private opening: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** The machine's Docker network as last made (or being made). */
  private ensuredNetwork: { key: string; ensuring: Promise<void> } | undefined;

  constructor(private readonly options: ContainerEngineOptions) {
    this.docker = new Docker({ socketPath: options.socketPath });
  }

  /**
   * Runs the unit's container: adopts a running one of the same unit and hash, else removes
   * what is left of an earlier run, pulls as PullPolicy= says, creates and starts it. Rejects
   * with the engine's own message.
   */
  async start(req: ContainerRequest): Promise<ContainerRun> {
    if (this.closed) throw new Error('the container engine is closed');
    await this.openEvents();
    const { spec, unit, hash, events } = req;
    await this.removing.get(unit);
    const name = containerNameOf(unit, spec);
    const mine = await this.docker.listContainers({
      all: true,
      filters: {
        label: [
          `${containerLabels.unit}=${unit}`,
          `${containerLabels.machine}=${this.options.machineId}`,
        ],
      },
    });
    for (const info of mine) {
      const adoptable =
        info.State === 'running' &&
        info.Labels[containerLabels.hash] === hash &&
        info.Names.includes(`/${name}`) &&
        ![...this.runs.values()].some((r) => r.id === info.Id);
      if (adoptable) {
        const container = this.docker.getContainer(info.Id);
        const inspected = await container.inspect();
        if (inspected.State.Running) {
          const run = this.track(
            new ContainerRun(unit, info.Id, inspected.State.Pid, true, this, events),
          );
          run.hostPorts = hostPortsOf(inspected);
          events.note(`Adopted running container ${name} (${run.shortId}).`);
          run.followLogs(this.docker, container, Math.floor(Date.now() / 1000));
          return run;
        }
      }
      events.note(`Removing container ${info.Names[0]?.slice(1) ?? info.Id} of an earlier run.`);
      await this.remove(info.Id);
    }

    const fileEnvironment = await readEnvironmentFiles(spec.environmentFiles, (line) => {
      events.note(line);
    });
    await this.ensureImage(spec, events);
    // Network= of the unit wins over the machine's network.
    if (req.address && spec.network === undefined) await this.ensureNetwork(req.address.docker);
    const container = await this.docker.createContainer(
      this.createOptions(req, name, fileEnvironment),
    );
    const run = this.track(new ContainerRun(unit, container.id, 0, false, this, events));
    try {
      await container.start();
      const inspected = await container.inspect();
      const state = inspected.State;
      run.pid = state.Pid;
      run.hostPorts = hostPortsOf(inspected);
      run.followLogs(this.docker, container, 0);
      if (!state.Running) run.exited(exitStatusOf(state.ExitCode));
      return run;
    } catch (err) {
      run.release();
      await this.remove(container.id).catch(() => undefined);
      throw err;
    }
  }

  /**
   * Removes this machine's containers whose unit `keep` does not hold at that hash: what a
   * previous run left for units no longer placed here.
   */
  async removeStrays(keep: (unit: string, hash: string) => boolean): Promise<string[]> {
    const mine = await this.docker.listContainers({
      all: true,
      filters: { label: [`${containerLabels.machine}=${this.options.machineId}`] },
    });
    const removed: string[] = [];
    for (const info of mine) {
      const unit = info.Labels[containerLabels.unit] ?? '';
      const hash = info.Labels[containerLabels.hash] ?? '';
      const tracked = [...this.runs.values()].some((r) => r.id === info.Id);
      if (tracked || keep(unit, hash)) continue;
      await this.remove(info.Id);
      removed.push(info.Names[0]?.slice(1) ?? info.Id);
    }
    return removed;
  }

  /** @internal */
  kill(run: ContainerRun, signal: NodeJS.Signals): void {
    this.docker
      .getContainer(run.id)
      .kill({ signal })
      .catch((err: unknown) => {
        // Gone (404) or not running (409): it ended, whether or not its die event came.
        if (statusCodeOf(err) === 404) run.exited({ code: 'killed', signal: 'SIGKILL' });
        else if (statusCodeOf(err) !== 409)
          this.options.logger.warn('runner: signalling a container failed', { id: run.id, err });
      });
  }

  /** @internal removes a container; one already gone is fine. */
  remove(id: string, unit?: string): Promise<void> {
    const removal = this.docker
      .getContainer(id)
      .remove({ force: true, v: true })
      .then(
        () => undefined,
        (err: unknown) => {
          if (statusCodeOf(err) !== 404) throw err;
        },
      );
    if (unit === undefined) return removal;
    const settled = removal.catch(() => undefined);
    this.removing.set(unit, settled);
    void settled.then(() => {
      if (this.removing.get(unit) === settled) this.removing.delete(unit);
    });
    return removal;
  }

  /** @internal */
  forget(run: ContainerRun): void {
    if (this.runs.get(run.id) === run) this.runs.delete(run.id);
  }

  dispose(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    if (this.eventStream) destroy(this.eventStream);
    this.eventStream = undefined;
    for (const run of [...this.runs.values()]) run.release();
  }

  private track(run: ContainerRun): ContainerRun {
    this.runs.set(run.id, run);
    return run;
  }

  /**
   * Makes the Docker network of the machine's subnet exist as `wanted` says: on the machine's
   * bridge, without Docker's masquerading (traffic between machines keeps the containers'
   * addresses; --ip-masq is the network's business). One left on another subnet is replaced,
   * which the engine refuses while containers are on it.
   */
  private ensureNetwork(wanted: UnitDockerNetwork): Promise<void> {
    const key = JSON.stringify(wanted);
    if (this.ensuredNetwork?.key === key) return this.ensuredNetwork.ensuring;
    const ensuring = this.createNetwork(wanted);
    this.ensuredNetwork = { key, ensuring };
    // A failure is not remembered: the next container tries again.
    ensuring.catch(() => {
      if (this.ensuredNetwork?.ensuring === ensuring) this.ensuredNetwork = undefined;
    });
    return ensuring;
  }

  private async createNetwork(wanted: UnitDockerNetwork): Promise<void> {
    const existing = await this.docker
      .getNetwork(wanted.name)
      .inspect()
      .catch((err: unknown) => {
        if ((err as { statusCode?: number }).statusCode === 404) return undefined;
        throw err;
      });
    const config = (existing as { IPAM?: { Config?: { Subnet?: string }[] } } | undefined)?.IPAM
      ?.Config?.[0];
    if (existing && config?.Subnet === wanted.subnet) return;
    if (existing) await this.docker.getNetwork(wanted.name).remove();
    await this.docker.createNetwork({
      Name: wanted.name,
      Driver: 'bridge',
      IPAM: { Config: [{ Subnet: wanted.subnet, Gateway: wanted.gateway }] },
      Options: {
        'com.docker.network.bridge.name': wanted.bridge,
        'com.docker.network.driver.mtu': String(wanted.mtu),
        'com.docker.network.bridge.enable_ip_masquerade': 'false',
      },
      Labels: { [containerLabels.machine]: this.options.machineId },
    });
    this.options.logger.info('runner: docker network made on the machine subnet', {
      network: wanted.name,
      subnet: wanted.subnet,
    });
  }

  private async ensureImage(spec: ContainerSpec, events: ContainerRunEvents): Promise<void> {
    const { image, pull } = spec;
    if (pull !== 'always') {
      try {
        await this.docker.getImage(image).inspect();
        return;
      } catch (err) {
        if (statusCodeOf(err) !== 404) throw err;
        if (pull === 'never')
          throw new Error(`image ${image} is not present and PullPolicy=never`, { cause: err });
      }
    }
    events.note(`Pulling image ${image}...`);
    this.options.logger.info('runner: pulling image', { image });
    const stream = await this.docker.pull(image);
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.followProgress(
        stream,
        (err: Error | null) => {
          if (err) reject(err);
          else resolve();
        },
        (progress: { status?: string; id?: string; error?: string }) => {
          if (progress.error) return; // reported by followProgress as the outcome
          // Per-layer byte counts would flood the journal: only the steps are kept.
          if (
            progress.status === undefined ||
            /^(Downloading|Extracting|Waiting)/.test(progress.status)
          )
            return;
          events.note(
            `Pulling image ${image}: ${progress.id ? `${progress.id}: ` : ''}${progress.status}`,
          );
        },
      );
    });
  }

  private createOptions(
    req: ContainerRequest,
    name: string,
    fileEnvironment: Record<string, string>,
  ): Docker.ContainerCreateOptions {
    const { spec, unit, hash, address } = req;
    // As Quadlet passes them: Environment= first, then the files, which win.
    const env = { ...Object.fromEntries(spec.environment), ...fileEnvironment };
    const exposed: Record<string, object> = {};
    const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
    for (const p of spec.publish) {
      const key = `${p.containerPort}/${p.protocol}`;
      exposed[key] = {};
      (bindings[key] ??= []).push({ HostIp: p.hostIp, HostPort: p.hostPort });
    }
    const health = spec.health;
    const nanos = (ms: number): number => ms * 1e6;
    return {
      name,
      Image: spec.image,
      ...(spec.exec && { Cmd: [...spec.exec] }),
      Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      Labels: {
        ...Object.fromEntries(spec.labels),
        [containerLabels.unit]: unit,
        [containerLabels.machine]: this.options.machineId,
        [containerLabels.hash]: hash,
      },
      ...(spec.user !== undefined && { User: spec.user }),
      ...(spec.workingDir !== undefined && { WorkingDir: spec.workingDir }),
      ExposedPorts: exposed,
      ...(health && {
        Healthcheck: {
          Test: ['CMD-SHELL', health.command],
          Interval: nanos(health.intervalMs),
          Timeout: nanos(health.timeoutMs),
          Retries: health.retries,
          StartPeriod: nanos(health.startPeriodMs),
        },
      }),
      ...(spec.network === undefined &&
        address && {
          NetworkingConfig: {
            EndpointsConfig: {
              [address.docker.name]: { IPAMConfig: { IPv4Address: address.ip } },
            },
          },
        }),
      HostConfig: {
        PortBindings: bindings,
        Binds: [...spec.volumes],
        ...(spec.network !== undefined && { NetworkMode: spec.network }),
        ...(spec.network === undefined && address && { NetworkMode: address.docker.name }),
        ...(spec.memoryBytes !== undefined && { Memory: spec.memoryBytes }),
        ...(spec.nanoCpus !== undefined && { NanoCpus: spec.nanoCpus }),
        // Restarting is the unit's business (Restart=), not the engine's.
        RestartPolicy: { Name: 'no' },
      },
    };
  }

  /** Opens the event stream if it is not open; resolves once the engine is listening. */
  private openEvents(): Promise<void> {
    if (this.eventStream) return Promise.resolve();
    this.opening ??= (async () => {
      try {
        const stream = await this.docker.getEvents({
          filters: {
            type: ['container'],
            label: [`${containerLabels.machine}=${this.options.machineId}`],
          },
        });
        if (this.closed) {
          destroy(stream);
          return;
        }
        this.eventStream = stream;
        this.readEvents(stream);
        // Whatever ended while no stream was open is found by asking.
        await this.inspectTracked();
      } finally {
        this.opening = undefined;
      }
    })();
    return this.opening;
  }

  private readEvents(stream: NodeJS.ReadableStream): void {
    onLines(stream, (line) => {
      this.onEvent(line);
    });
    const lost = (): void => {
      if (this.eventStream !== stream) return;
      this.eventStream = undefined;
      if (this.closed || this.runs.size === 0) return;
      this.scheduleReopen();
    };
    stream.on('end', lost);
    stream.on('error', lost);
    stream.on('close', lost);
  }

  private scheduleReopen(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.openEvents().catch(() => {
        // dockerd still down: what runs here cannot be known; the runs are ended as lost once
        // it answers again (inspectTracked), and until then asking goes on.
        this.scheduleReopen();
      });
    }, eventsRetryMs);
  }

  private onEvent(line: string): void {
    let event: { Action?: string; Actor?: { ID?: string; Attributes?: Record<string, string> } };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      return;
    }
    const run = this.runs.get(event.Actor?.ID ?? '');
    if (!run) return;
    if (event.Action === 'die') {
      run.exited(exitStatusOf(Number(event.Actor?.Attributes?.exitCode ?? 0)));
    } else if (event.Action === 'health_status: unhealthy') {
      run.unhealthy();
    }
  }

  private async inspectTracked(): Promise<void> {
    for (const run of [...this.runs.values()]) {
      try {
        const state = (await this.docker.getContainer(run.id).inspect()).State;
        if (!state.Running) run.exited(exitStatusOf(state.ExitCode));
      } catch (err) {
        if (statusCodeOf(err) === 404) run.exited({ code: 'killed', signal: 'SIGKILL' });
      }
    }
  }
}

/** Docker's exit code: 128+n is the main process killed by signal n, as a shell reports it. */
function exitStatusOf(code: number): ExitStatus {
  if (code > 128 && code < 128 + 65) {
    const signal = signalName(code - 128);
    if (signal) return { code: 'killed', signal };
  }
  return { code: 'exited', status: code };
}

function statusCodeOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'statusCode' in err
    ? Number(err.statusCode)
    : undefined;
}

function destroy(stream: NodeJS.ReadableStream): void {
  (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
}

/** The host ports of a container's bindings (`80/tcp: [{HostPort: '8080'}]`), once each. */
function hostPortsOf(info: Docker.ContainerInspectInfo): number[] {
  const ports = new Set<number>();
  // The engine sends null for a port exposed but not published, which dockerode's types omit.
  const published = info.NetworkSettings.Ports as Record<string, Docker.PortBinding[] | null>;
  for (const bindings of Object.values(published)) {
    for (const binding of bindings ?? []) {
      const port = Number(binding.HostPort);
      if (Number.isInteger(port) && port > 0) ports.add(port);
    }
  }
  return [...ports].sort((a, b) => a - b);
}
