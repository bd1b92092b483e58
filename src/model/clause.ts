import type { Level } from './level';

/** `op` holds the clauses each operation of the OpenAPI document generates (`op.<operationId>.<aspect>`). */
export type Area = 'api' | 'auth' | 'errors' | 'op' | 'rate';
/** In the order the suites run: rate last, since its burst to 429 would spend the others' allowance. */
export const AREAS: readonly Area[] = ['api', 'auth', 'errors', 'op', 'rate'];

/** One promise of the source document, as spec/clauses.yaml states it. */
export interface Clause {
  id: string;
  level: Level;
  levelReason: string;
  requirement: string;
  docAnchor: string;
  quote: string;
  openapi: string;
  /** Spends the server's patience (a burst to 429, a wrong password): `--safe` skips it. */
  active?: boolean;
  /** Reports what the server does and never fails it. */
  observation?: boolean;
}

export interface DocumentSection {
  anchor: string;
  /** Why the section has no clause; absent when clauses point at it. */
  reason?: string;
}

export interface Contradiction {
  id: string;
  says: string;
  treatment: string;
  clauses: string[];
}

export interface Catalogue {
  document: string;
  sections: DocumentSection[];
  contradictions: Contradiction[];
  clauses: Clause[];
}

export function areaOf(clauseId: string): Area {
  return clauseId.slice(0, clauseId.indexOf('.')) as Area;
}
