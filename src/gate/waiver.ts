/** A known deviation, said once: the clause (an id or an id prefix), why, and until when. */
export interface Waiver {
  clause: string;
  reason: string;
  /** The last day the waiver holds, YYYY-MM-DD (UTC). */
  expires: string;
}

/** A waivers file as read: its waivers, and where each stands in the file. */
export interface WaiverFile {
  file: string;
  waivers: Waiver[];
  lines: number[];
}

export function waiverMatches(waiver: Waiver, clauseId: string): boolean {
  return clauseId.startsWith(waiver.clause);
}

/** A waiver holds through its `expires` day, in UTC, and lapses the day after. */
export function isExpired(waiver: Waiver, today: Date): boolean {
  return today.toISOString().slice(0, 10) > waiver.expires;
}

/** The waiver that speaks for a clause: the one with the longest matching prefix (the most specific). */
export function waiverFor(waivers: readonly Waiver[], clauseId: string): Waiver | undefined {
  let best: Waiver | undefined;
  for (const waiver of waivers) {
    if (waiverMatches(waiver, clauseId) && (!best || waiver.clause.length > best.clause.length))
      best = waiver;
  }
  return best;
}
