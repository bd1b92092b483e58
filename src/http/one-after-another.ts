/** Runs each send once the one before it has settled; results in the order given. */
export async function oneAfterAnother<T>(sends: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const send of sends) results.push(await send());
  return results;
}
