import type { DocumentedOperation } from '../../src/contract/documented-operations';
import { requestSchemaOf } from '../../src/contract/documented-operations';
import { faultyRequest, type InputClass, inputClasses } from '../../src/contract/input-classes';
import { changesNothing, prepareRequest, sendOperation } from './operation-request';
import { type Probe, probe } from './probe';
import { once } from './probe-memo';
import type { SuiteContext } from './suite-context';

/** One faulty input sent to an operation, and what came of it. */
export type InputProbe = Probe & { inputClass: InputClass };

/**
 * Each input class of an operation (src/contract/input-classes.ts) sent once, made from the
 * documented good request with its own session, and shared by input_classes and
 * error_response_conformance; together where the operation changes nothing (see changesNothing).
 */
export function inputProbes(context: SuiteContext, operation: DocumentedOperation): Promise<InputProbe[]> {
  return once(context, `op-inputs:${operation.operationId}`, async () => {
    const shape = { parameters: operation.parameters, body: requestSchemaOf(operation) };
    const classes = inputClasses(shape);
    if (classes.length === 0) return [];
    const { values, credentials } = await prepareRequest(context, operation);
    const sends = classes.map((inputClass) => async (): Promise<InputProbe> => {
      const request = faultyRequest(inputClass, values, shape);
      const sent = await probe(inputClass.label, () =>
        sendOperation(context, operation, request, credentials),
      );
      return { ...sent, inputClass };
    });
    return context.sendAll(sends, { independent: changesNothing(context, operation) });
  });
}
