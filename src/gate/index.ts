export {
  BASELINE_STATUSES,
  type Baseline,
  type BaselineStatus,
  baselineMismatch,
  compareWithBaseline,
  isBroken,
  type RunIdentity,
  type SpecIdentity,
} from './baseline';
export {
  type AppliedWaiver,
  type ClauseGate,
  decideGate,
  type GateDecision,
  type GateInputs,
  staleWaivers,
} from './decide-gate';
export { BASELINE_LABELS, gateNoteLines, isWaived } from './describe-gate';
export {
  type BaselineRecord,
  type GateFacts,
  gateRecord,
  type WaiversRecord,
  withGateNotes,
} from './gate-record';
export { InputFileError } from './input-file-error';
export { parseBaseline, readBaseline } from './read-baseline';
export { parseWaivers, readWaivers } from './read-waivers';
export { isExpired, type Waiver, type WaiverFile, waiverFor, waiverMatches } from './waiver';
