// The bytes of a 'conf-change' entry. JSON keeps it readable in logs and dumps; node ids travel
// as decimal strings because they are 64-bit. Empty data decodes to the empty ConfChange, which
// means "leave the joint configuration" (the leader proposes exactly that on auto-leave).
import type {
  ConfChange,
  ConfChangeSingle,
  ConfChangeTransition,
  ConfChangeType,
} from './types.js';

interface EncodedConfChange {
  t: ConfChangeTransition;
  c: [ConfChangeType, string][];
  /** The context bytes, hex-encoded. */
  x?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeConfChange(cc: ConfChange): Uint8Array {
  if (cc.transition === 'auto' && cc.changes.length === 0 && cc.context === undefined) {
    return new Uint8Array();
  }
  const encoded: EncodedConfChange = {
    t: cc.transition,
    c: cc.changes.map((c) => [c.type, c.nodeId.toString()]),
  };
  if (cc.context !== undefined) encoded.x = toHex(cc.context);
  return encoder.encode(JSON.stringify(encoded));
}

export function decodeConfChange(data: Uint8Array): ConfChange {
  if (data.length === 0) return { transition: 'auto', changes: [] };
  const parsed = JSON.parse(decoder.decode(data)) as EncodedConfChange;
  const changes = parsed.c.map(([type, id]): ConfChangeSingle => ({ type, nodeId: BigInt(id) }));
  return parsed.x === undefined
    ? { transition: parsed.t, changes }
    : { transition: parsed.t, changes, context: fromHex(parsed.x) };
}

/** A change with no parts leaves the joint configuration. */
export function isLeaveJoint(cc: ConfChange): boolean {
  return cc.changes.length === 0;
}

/** Whether the change goes through a joint configuration, and if so whether it leaves it alone. */
export function enterJointMode(cc: ConfChange): { enter: boolean; autoLeave: boolean } {
  const enter = cc.transition !== 'auto' || cc.changes.length > 1;
  return { enter, autoLeave: enter && cc.transition !== 'explicit' };
}

export function describeConfChange(cc: ConfChange): string {
  if (cc.changes.length === 0) return 'leave-joint';
  const letter: Record<ConfChangeType, string> = {
    'add-node': 'v',
    'add-learner': 'l',
    'remove-node': 'r',
  };
  const parts = cc.changes.map((c) => `${letter[c.type]}${c.nodeId}`).join(' ');
  return cc.transition === 'auto' ? parts : `${parts} transition=${cc.transition}`;
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
