/** Runs a set of sends and gives their results in the order given (together, or one after another). */
export type SendAll = <T>(sends: readonly (() => Promise<T>)[]) => Promise<T[]>;

/** Runs each send once the one before it has settled; results in the order given. */
export const oneAfterAnother: SendAll = async (sends) => {
  const results = [];
  for (const send of sends) results.push(await send());
  return results;
};
