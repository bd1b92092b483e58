import { DEFAULT_SPEC_PATH } from '../../../src/catalogue/paths';
import type { Contract } from '../../../src/contract/contract';
import { loadContract } from '../../../src/contract/load-contract';
import { runWideNoPasswordInUser } from '../../../suites/checks/run-wide/no-password-in-user';
import { Findings } from '../../../suites/support/findings';
import { entry, errorBody, USER } from './ledger-fixtures';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

function judge(ledger: ReturnType<typeof entry>[]): Findings {
  const findings = new Findings();
  runWideNoPasswordInUser(ledger, findings, contract);
  return findings;
}

test('the password in a later User object only (redacted, as the ledger holds it) fails, naming the first', () => {
  const ledger = [
    entry({ suite: 'api', at: 0, status: 200, body: USER }),
    entry({ suite: 'op', at: 5, status: 200, body: { ...USER, password: '$MM_PASSWORD' } }),
    entry({ suite: 'rate', at: 9, status: 200, body: { ...USER, password: '$MM_PASSWORD' } }),
  ];
  const findings = judge(ledger);
  expect(findings.violations).toEqual([
    {
      expected: 'every User object of the run with no password field, or an empty one',
      actual:
        "a password field holding the password on GET /api/v1/users/me (200, op suite) (and 1 more response); 3 User objects judged, of the run's 3 exchanges",
      exchange: 0,
    },
  ]);
});

test('an empty password field, as Mattermost sends it, holds; error bodies are no User objects', () => {
  const findings = judge([
    entry({ at: 0, status: 200, body: USER }),
    entry({ at: 1, status: 404, body: errorBody(404) }),
  ]);
  expect(findings.violations).toEqual([]);
  expect(findings.noteText).toBe("Run-wide: 1 User objects judged, of the run's 2 exchanges; each holds.");
});

test('the password elsewhere in the body fails, a hash in the field too', () => {
  const findings = judge([
    entry({ at: 0, status: 200, body: { ...USER, props: { note: 'pw $MM_PASSWORD' } } }),
    entry({ at: 1, status: 200, body: { ...USER, password: '$2a$10$abc' } }),
  ]);
  expect(findings.violations.map((v) => v.actual.split(' on ')[0])).toEqual([
    'the password appears in the body',
    'a password field holding a value of 10 characters',
  ]);
});
