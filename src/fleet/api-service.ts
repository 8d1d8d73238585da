// fleetpb.Fleet (proto/fleet.proto), served by every machine: handlers that translate between the
// wire and the registry (the store) or this machine's runner, nothing more. Refusals carry
// fleet's words with a gRPC code: INVALID_ARGUMENT for a bad name, unit or state, NOT_FOUND for a
// unit that does not exist (or, for Journal and UnitStatus, does not run on this machine),
// ALREADY_EXISTS for a changed unit submitted without replace.
import {
  status,
  type handleServerStreamingCall,
  type handleUnaryCall,
  type ServerErrorResponse,
  type ServerWritableStream,
} from '@grpc/grpc-js';
import { hostname } from 'node:os';
import type { EtcdClient } from '../client/index.js';
import { fleetpb } from '../gen/etcd.js';
import { grpcMethod } from '../util/grpc-method.js';
import type { Logger } from '../util/log.js';
import { Informer } from '../client/informer.js';
import {
  decodeUnitState,
  isJobState,
  type MachineRecord,
  type UnitStateRecord,
} from './records.js';
import { Registry, RegistryError } from './registry.js';
import type { UnitManager } from './runner/unit-manager.js';
import { expandSpecifiers } from './specifiers.js';
import { UnitFile, UnitFileError } from './unit-file.js';
import { validateUnitName } from './unit-name.js';
import { validateUnit } from './unit-validation.js';

const F = fleetpb;
const fleet = 'fleetpb.Fleet';

export const fleetService = {
  ListMachines: grpcMethod(fleet, 'ListMachines', F.ListMachinesRequest, F.ListMachinesResponse),
  ListUnits: grpcMethod(fleet, 'ListUnits', F.ListUnitsRequest, F.ListUnitsResponse),
  ListUnitStates: grpcMethod(
    fleet,
    'ListUnitStates',
    F.ListUnitStatesRequest,
    F.ListUnitStatesResponse,
  ),
  Submit: grpcMethod(fleet, 'Submit', F.SubmitRequest, F.SubmitResponse),
  SetDesiredState: grpcMethod(
    fleet,
    'SetDesiredState',
    F.SetDesiredStateRequest,
    F.SetDesiredStateResponse,
  ),
  Destroy: grpcMethod(fleet, 'Destroy', F.DestroyRequest, F.DestroyResponse),
  WatchUnitStates: grpcMethod(
    fleet,
    'WatchUnitStates',
    F.WatchUnitStatesRequest,
    F.UnitStateEvent,
    { request: false, response: true },
  ),
  Journal: grpcMethod(fleet, 'Journal', F.JournalRequest, F.JournalResponse, {
    request: false,
    response: true,
  }),
  UnitStatus: grpcMethod(fleet, 'UnitStatus', F.UnitStatusRequest, F.UnitStatusResponse),
};

/** A refusal with its gRPC code, as the handlers throw it. */
class FleetApiError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
  }
}

function toStatus(err: unknown, logger: Logger): Partial<ServerErrorResponse> {
  if (err instanceof FleetApiError) return { code: err.code, details: err.message };
  if (err instanceof RegistryError) return { code: status.ALREADY_EXISTS, details: err.message };
  if (err instanceof UnitFileError) return { code: status.INVALID_ARGUMENT, details: err.message };
  logger.warn('fleet: API request failed', { err });
  return { code: status.UNAVAILABLE, details: err instanceof Error ? err.message : String(err) };
}

function unary<Req, Res>(
  logger: Logger,
  impl: (req: Req) => Promise<Res>,
): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    impl(call.request).then(
      (res) => {
        callback(null, res);
      },
      (err: unknown) => {
        callback(toStatus(err, logger));
      },
    );
  };
}

function stateMessage(s: UnitStateRecord): fleetpb.IUnitState {
  return {
    name: s.name,
    hash: s.hash,
    machineId: s.machineId,
    loadState: s.load,
    activeState: s.active,
    subState: s.sub,
  };
}

function machineMessage(m: MachineRecord): fleetpb.IMachine {
  return {
    id: m.id,
    publicIp: m.publicIp,
    metadata: m.metadata,
    version: m.version,
    apiUrl: m.apiUrl ?? '',
  };
}

export interface FleetApiContext {
  client: EtcdClient;
  registry: Registry;
  /** This machine's runner: Journal and UnitStatus answer for its units only. */
  manager: UnitManager;
  machineId: string;
  logger: Logger;
}

export type FleetServiceImpl = {
  ListMachines: handleUnaryCall<fleetpb.ListMachinesRequest, fleetpb.IListMachinesResponse>;
  ListUnits: handleUnaryCall<fleetpb.ListUnitsRequest, fleetpb.IListUnitsResponse>;
  ListUnitStates: handleUnaryCall<fleetpb.ListUnitStatesRequest, fleetpb.IListUnitStatesResponse>;
  Submit: handleUnaryCall<fleetpb.SubmitRequest, fleetpb.ISubmitResponse>;
  SetDesiredState: handleUnaryCall<
    fleetpb.SetDesiredStateRequest,
    fleetpb.ISetDesiredStateResponse
  >;
  Destroy: handleUnaryCall<fleetpb.DestroyRequest, fleetpb.IDestroyResponse>;
  WatchUnitStates: handleServerStreamingCall<
    fleetpb.WatchUnitStatesRequest,
    fleetpb.IUnitStateEvent
  >;
  Journal: handleServerStreamingCall<fleetpb.JournalRequest, fleetpb.IJournalResponse>;
  UnitStatus: handleUnaryCall<fleetpb.UnitStatusRequest, fleetpb.IUnitStatusResponse>;
};

export function fleetHandlers(ctx: FleetApiContext): FleetServiceImpl {
  const { registry, manager, logger } = ctx;
  const desiredState = (name: string, state: string) => {
    if (!isJobState(state))
      throw new FleetApiError(status.INVALID_ARGUMENT, `invalid desired state "${state}"`);
    return state;
  };
  const localUnit = (name: string) => {
    const s = manager.status(name);
    if (!s) throw new FleetApiError(status.NOT_FOUND, `unit ${name} does not run on this machine`);
    return s;
  };
  return {
    ListMachines: unary(logger, async () => ({
      machines: (await registry.machines()).map(machineMessage),
    })),
    ListUnits: unary(logger, async () => ({
      units: (await registry.units()).units.map((u) => ({
        name: u.job.name,
        hash: u.job.hash,
        desiredState: u.job.desiredState,
        currentState: u.global ? '' : u.state,
        machineId: u.machineId ?? '',
        global: u.global,
        options: [...(u.unit?.options ?? [])],
      })),
    })),
    ListUnitStates: unary(logger, async () => ({
      states: (await registry.states()).map(stateMessage),
    })),
    Submit: unary(logger, async (req: fleetpb.SubmitRequest) => {
      const nameError = validateUnitName(req.name);
      if (nameError !== undefined) throw new FleetApiError(status.INVALID_ARGUMENT, nameError);
      const state = desiredState(req.name, req.desiredState || 'inactive');
      // Through the text form, so the API takes exactly what a unit file may hold.
      const options = req.options.map((o) => ({
        section: o.section ?? '',
        name: o.name ?? '',
        value: o.value ?? '',
      }));
      const unit = UnitFile.parse(UnitFile.fromOptions(options).serialize());
      const { errors } = validateUnit(req.name, unit);
      if (errors.length > 0) throw new FleetApiError(status.INVALID_ARGUMENT, errors[0]!);
      const outcome = await registry.submit(req.name, unit, state, req.replace);
      if (outcome !== 'created') await registry.setDesiredState(req.name, state);
      return { hash: unit.hash, outcome };
    }),
    SetDesiredState: unary(logger, async (req: fleetpb.SetDesiredStateRequest) => {
      const state = desiredState(req.name, req.desiredState);
      if (!(await registry.setDesiredState(req.name, state)))
        throw new FleetApiError(status.NOT_FOUND, `unit ${req.name} not found`);
      return {};
    }),
    Destroy: unary(logger, async (req: fleetpb.DestroyRequest) => {
      if (!(await registry.destroy(req.name)))
        throw new FleetApiError(status.NOT_FOUND, `unit ${req.name} not found`);
      return {};
    }),
    WatchUnitStates: (call) => {
      void watchStates(ctx, call);
    },
    Journal: (call) => {
      void (async () => {
        try {
          localUnit(call.request.name);
          const lines = await manager.journal(call.request.name, call.request.lines || 10);
          call.write({ lines });
          if (call.request.follow) {
            const aborted = new AbortController();
            call.once('cancelled', () => {
              aborted.abort();
            });
            for await (const line of manager.follow(call.request.name, aborted.signal))
              call.write({ lines: [line] });
          }
          call.end();
        } catch (err) {
          call.destroy(Object.assign(new Error(), toStatus(err, logger)));
        }
      })();
    },
    UnitStatus: unary(logger, async (req: fleetpb.UnitStatusRequest) => {
      const s = localUnit(req.name);
      const job = await registry.job(req.name);
      const unit = job ? await registry.unitFile(job.hash) : undefined;
      return {
        state: {
          name: s.name,
          hash: s.hash,
          machineId: '',
          loadState: s.load,
          activeState: s.active,
          subState: s.sub,
        },
        mainPid: s.mainPid ?? 0,
        failures: s.failures,
        description: expandSpecifiers(unit?.values('Unit', 'Description').at(-1) ?? '', {
          unitName: req.name,
          machineId: ctx.machineId,
          hostname: hostname(),
        }),
        journal: await manager.journal(req.name, 10),
      };
    }),
  };
}

/** The states now, then every change, until the caller cancels. */
async function watchStates(
  ctx: FleetApiContext,
  call: ServerWritableStream<fleetpb.WatchUnitStatesRequest, fleetpb.IUnitStateEvent>,
): Promise<void> {
  const informer = new Informer(ctx.client, ctx.registry.keys.states, ctx.logger);
  const send = (key: string, value: string | undefined): void => {
    const state = value === undefined ? undefined : decodeUnitState(value);
    if (state) call.write({ state: stateMessage(state), deleted: false });
    else if (value === undefined) {
      const [machineId = '', ...name] = key.slice(ctx.registry.keys.states.length).split('/');
      call.write({ state: { machineId, name: name.join('/') }, deleted: true });
    }
  };
  const subscription = informer.onChange(({ key, entry }) => {
    send(key, entry?.value);
  });
  call.once('cancelled', () => {
    void subscription.dispose();
    void informer.dispose();
  });
  await informer.start();
}
