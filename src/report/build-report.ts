import { decideGate } from '../gate/decide-gate';
import { type GateFacts, gateRecord, withGateNotes } from '../gate/gate-record';
import { areaOf, type Catalogue } from '../model/clause';
import { describeOutcome } from '../model/describe-outcome';
import type { Outcome } from '../model/outcome';
import {
  type Gate,
  REPORT_FORMAT,
  type Report,
  type ReportClause,
  type ReportOptions,
  type SuiteTranscript,
} from './report';
import { summarize } from './summarize';

export interface RunFacts extends GateFacts {
  tool: { name: string; version: string };
  target: { url: string; builtIn: boolean };
  startedAt: Date;
  finishedAt: Date;
  requests: number;
  gate: Gate;
  options: ReportOptions;
  /** Each suite's exchanges, in the order sent (none when not kept). */
  transcript?: SuiteTranscript[];
}

/**
 * The record of a run, from the catalogue and one outcome per clause (see completeOutcomes).
 * Clauses come in catalogue order; an outcome without a catalogue clause is left out.
 */
export function buildReport(catalogue: Catalogue, outcomes: readonly Outcome[], facts: RunFacts): Report {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const clauses: ReportClause[] = [];
  for (const clause of catalogue.clauses) {
    const outcome = byId.get(clause.id);
    if (!outcome) throw new Error(`no outcome for ${clause.id}: complete the outcomes first`);
    const passed = outcome.status === 'pass';
    clauses.push({
      id: clause.id,
      area: areaOf(clause.id),
      level: clause.level,
      status: outcome.status,
      requirement: clause.requirement,
      levelReason: clause.levelReason,
      docAnchor: clause.docAnchor,
      openapi: clause.openapi,
      active: clause.active ?? false,
      observation: clause.observation ?? false,
      durationMs: outcome.durationMs,
      ...(outcome.note ? { note: outcome.note } : {}),
      ...(outcome.status === 'skip' && outcome.skipReason ? { skipReason: outcome.skipReason } : {}),
      ...(passed ? {} : { message: describeOutcome(clause, outcome) }),
      violations: outcome.violations,
      evidence: passed ? [] : outcome.evidence,
    });
  }
  // Waivers are judged on the day the run finished, so that a report reads the same later.
  const decision = decideGate(clauses, {
    gate: facts.gate,
    waivers: facts.waivers?.waivers,
    baseline: facts.baseline,
    today: facts.finishedAt,
  });
  return {
    format: REPORT_FORMAT,
    tool: facts.tool,
    target: facts.target,
    document: catalogue.document,
    startedAt: facts.startedAt.toISOString(),
    finishedAt: facts.finishedAt.toISOString(),
    durationMs: facts.finishedAt.getTime() - facts.startedAt.getTime(),
    requests: facts.requests,
    gate: facts.gate,
    verdict: decision.verdict,
    gateFailures: decision.gateFailures,
    ...gateRecord(facts, decision),
    summary: summarize(clauses),
    options: facts.options,
    clauses: withGateNotes(clauses, decision),
    transcript: facts.transcript ?? [],
  };
}
