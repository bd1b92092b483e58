// run-wide: after every other suite, the clauses that hold on every response they apply to, judged
// over every exchange of the run (the ledger each suite wrote): the error body on every error
// response with a JSON body, the password on every User object, the session kept until logout.
import { RUN_WIDE_JUDGES } from './checks/run-wide';
import { registerRunWide } from './support/run-wide-area';

registerRunWide(RUN_WIDE_JUDGES);
