// The Raft peer transport: the interface, its gRPC and in-memory implementations, the wire codec.
export * from './codec.js';
export * from './grpc-transport.js';
export * from './in-memory-transport.js';
export * from './transport.js';
export { parsePeerUrl } from './peer-urls.js';
