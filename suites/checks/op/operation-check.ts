import type { DocumentedOperation } from '../../../src/contract/documented-operations';
import type { Findings } from '../../support/findings';
import type { SuiteContext } from '../../support/suite-context';

/** A generated check: one aspect, judged of whichever operation the document has. */
export type OperationCheck = (
  findings: Findings,
  context: SuiteContext,
  operation: DocumentedOperation,
) => Promise<void>;
