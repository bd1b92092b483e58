import type { Clause } from '../../src/model/clause';
import type { Exchange } from '../../src/model/exchange';
import type { Outcome } from '../../src/model/outcome';
import { statusForViolation } from '../../src/model/status';

/**
 * The one outcome of a clause that both its own suite and the run-wide suite judge, so that the
 * report shows it once. A violation either found decides it; with none found run-wide, the own
 * suite's outcome stands (its skip or error included), and the note says what the run-wide
 * judgement read. A clause no suite of its own judged (auth.session-kept) has the run-wide outcome.
 */
export function mergeRunWide(clause: Clause, own: Outcome | undefined, runWide: Outcome): Outcome {
  if (!own) return runWide;
  if (runWide.violations.length === 0) {
    const extra = runWide.status === 'error' ? `Run-wide: not judged: ${runWide.note}` : runWide.note;
    return { ...own, note: joinNotes(own.note, extra), durationMs: own.durationMs + runWide.durationMs };
  }
  const evidence = [...own.evidence];
  const seen = new Set(own.evidence.map(exchangeKey));
  const added = runWide.violations.filter((v) => {
    const exchange = v.exchange === undefined ? undefined : runWide.evidence[v.exchange];
    return !exchange || !seen.has(exchangeKey(exchange));
  });
  const violations = [
    ...own.violations,
    ...added.map((v) => {
      const exchange = v.exchange === undefined ? undefined : runWide.evidence[v.exchange];
      if (!exchange) return { ...v, exchange: undefined };
      evidence.push(exchange);
      return { ...v, exchange: evidence.length - 1 };
    }),
  ];
  return {
    ...own,
    status: violations.length > 0 && !clause.observation ? statusForViolation(clause.level) : own.status,
    skipReason: undefined,
    note: own.status === 'skip' || own.status === 'error' ? undefined : own.note,
    violations,
    evidence,
    durationMs: own.durationMs + runWide.durationMs,
  };
}

function exchangeKey(exchange: Exchange): string {
  return `${exchange.startedAt} ${exchange.request.method} ${exchange.request.url}`;
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  return [a, b].filter(Boolean).join(' ') || undefined;
}
