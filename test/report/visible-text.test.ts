import { progressLine } from '../../reporters/progress-line';
import { completeOutcomes, formatVerdictBlock } from '../../src/report';
import { visible } from '../../src/report/visible-text';
import { broken, CATALOGUE, outcome, reportOf } from './fixtures';

const ESC = '\u001b';
const BEL = '\u0007';
const HOSTILE = [`${ESC}[2J`, `${ESC}]0;title${BEL}`, `${ESC}[8m`];

test('control characters become visible escapes; line feeds, tabs and other text stay', () => {
  expect(visible(`${ESC}[2Jcleared`)).toBe('\\x1b[2Jcleared');
  expect(visible(`${ESC}]0;title${BEL}`)).toBe('\\x1b]0;title\\x07');
  expect(visible(`${ESC}[8mhidden`)).toBe('\\x1b[8mhidden');
  expect(visible('a\rb\u009bc\u2028d')).toBe('a\\rb\\x9bc\\u2028d');
  expect(visible('two\nlines\tand é ✓')).toBe('two\nlines\tand é ✓');
});

test('the verdict block shows what the target sent without obeying it, and keeps its own colours', () => {
  const hostile = HOSTILE.join(' ');
  const failing = broken('auth.bearer-accepted', 'MUST');
  failing.violations[0] = { expected: '401', actual: `401 with an error body ("${hostile}")`, exchange: 0 };
  const report = reportOf(
    completeOutcomes(
      CATALOGUE,
      [
        failing,
        outcome('auth.cookie-accepted', 'SHOULD', 'error', { note: `no answer: ${hostile}` }),
        outcome('rate.reset-form', 'MUST', 'info', { note: hostile }),
      ],
      [],
      [],
    ),
  );
  const text = formatVerdictBlock(report, { colour: true });
  for (const sequence of HOSTILE) expect(text).not.toContain(sequence);
  expect(text).toContain('\\x1b[2J \\x1b]0;title\\x07 \\x1b[8m');
  expect(text).toContain(`${ESC}[31m`); // our red for FAIL
});

test('live progress shows a suite crash that quotes the target with its control characters visible', () => {
  const line = progressLine({
    area: 'auth',
    done: 1,
    total: 3,
    counts: {},
    problem: `crashed: ${HOSTILE.join('')}`,
  });
  expect(line).not.toContain(ESC);
  expect(line).toContain('crashed: \\x1b[2J\\x1b]0;title\\x07\\x1b[8m');
});
