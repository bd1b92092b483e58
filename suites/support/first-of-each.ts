/** Groups items by a key, keeping the first of each group and how many there were, in order. */
export function firstOfEach<T>(items: readonly T[], key: (item: T) => string): { first: T; count: number }[] {
  const groups = new Map<string, { first: T; count: number }>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.count++;
    else groups.set(k, { first: item, count: 1 });
  }
  return [...groups.values()];
}

/** " (and 3 more)" when a group has more than its first. */
export function andMoreOf(count: number, noun: string): string {
  return count > 1 ? ` (and ${count - 1} more ${noun}${count > 2 ? 's' : ''})` : '';
}
