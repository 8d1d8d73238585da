// The backend a network configuration names.
import type { BackendConfig } from '../config.js';
import type { IpRoute } from '../iproute.js';
import type { Logger } from '../../util/log.js';
import type { Backend } from './backend.js';
import { HostGwBackend } from './host-gw.js';
import { NoneBackend } from './none.js';
import { VxlanBackend } from './vxlan.js';

export interface BackendDeps {
  /** Where the backend runs iproute2: this process's network namespace, or a named one. */
  ip: IpRoute;
  log: Logger;
}

export function createBackend(config: BackendConfig, deps: BackendDeps): Backend {
  switch (config.type) {
    case 'vxlan':
      return new VxlanBackend(config, deps.ip, deps.log);
    case 'host-gw':
      return new HostGwBackend(deps.ip);
    case 'none':
      return new NoneBackend(deps.ip);
  }
}
