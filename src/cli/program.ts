import { Command } from 'commander';
import { DEFAULT_SERVER_OPTIONS as D } from '../server/server-options';
import type { CheckFlags } from './check-options';
import type { ServeFlags } from './serve-options';

export interface Handlers {
  check(flags: CheckFlags, operands: string[]): Promise<void>;
  serve(flags: ServeFlags): Promise<void>;
}

const CHECK_HELP = `
Environment:
  MM_PASSWORD                   the password to log in with (preferred to --password, which
                                other users of the machine can see)
  MM_TARGET, MM_TEAM, MM_EMAIL  stand in for --target, --team and --email
  NO_COLOR                      no colour in the terminal

Config file:
  mm-conformance.config.yaml in the working folder (or --config FILE) sets any option above by
  its flag's name (target, team, email, fail-on, waivers, baseline, ...); flags and the MM_
  variables above override it.
  A password is refused there: secrets come from the environment only.

Exit codes:
  0  every gated clause holds    1  a gated clause fails
  2  the run could not be done (bad arguments, missing credentials, unreachable target,
     invalid spec, config, waivers or baseline file, a report that cannot be written, a login
     the server refuses, a target that redirects every request or a proxy whose server is
     down), with one line on stderr saying why (a refused login is tried only once)

Examples:
  mm-conformance                          check the built-in reference server
  MM_PASSWORD=... mm-conformance --target https://chat.example.com --team myteam --email me@example.com
  mm-conformance --target https://chat.example.com --team T --email E --safe --fail-on should
  mm-conformance --only auth. --only errors.status-code-matches
  mm-conformance --strict reset=epoch --strict limit-body=json
  mm-conformance --format terminal,junit      only the verdict and junit.xml
  mm-conformance --waivers waivers.yaml --baseline last/report.json --markdown summary.md
  mm-conformance --list                   every clause: id, level, requirement (no network)
  mm-conformance serve --port 8065 --fault remaining-stuck
`;

const SERVE_HELP = `
The server knows one account, the document's example: team exampleteam, email
someone@nowhere.com, password thisisabadpassword.

Examples:
  mm-conformance serve                                  http://127.0.0.1:8065
  mm-conformance serve --port 0 --limiter token-bucket --burst 5 --reset-form epoch
  mm-conformance serve --fault remaining-stuck --fault no-request-id
  mm-conformance serve --latency 100 --jitter 10         as if 100 ms away
  mm-conformance serve --no-pipelining --latency 100     behind a proxy that does not pipeline
  mm-conformance serve --limit-per connection            an allowance per TCP connection, as Mattermost 1.x
  mm-conformance serve --logout-ends every-session       a logout that logs the account out everywhere
  mm-conformance serve --list-faults
`;

/**
 * The command line: the check (the default command) and `serve`. Commander's own errors reach the
 * caller as CommanderError (exitOverride) and print nothing, so that the caller words them.
 */
export function buildProgram(version: string, handlers: Handlers): Command {
  const program = new Command('mm-conformance')
    .description(
      'Checks a server against the Mattermost HTTP API v1 overview, clause by clause, prints a verdict ' +
        'and writes report.json, report.html, junit.xml, exchanges.har and summary.md. Without --target it checks the ' +
        'built-in reference server.',
    )
    .usage('[options]\n       mm-conformance serve [options]')
    .option('--target <url>', 'the server to check, e.g. https://chat.example.com (env MM_TARGET)')
    .option('--team <name>', 'the team to log in to (env MM_TEAM)')
    .option('--email <email>', 'the account to log in with (env MM_EMAIL)')
    .option('--password <password>', 'its password; prefer the MM_PASSWORD environment variable')
    .option('--report-dir <dir>', 'where the report files are written (default: ./reports)')
    .option(
      '--format <name...>',
      'the outputs to write: terminal, json (report.json), html (report.html), junit (junit.xml), ' +
        'har (exchanges.har), markdown (summary.md); repeatable or comma-separated (default: all)',
    )
    .option('--safe', 'passive checks only: no burst to 429, no wrong password')
    .option('--fail-on <level>', 'must: a broken MUST fails the run (default); should: a broken SHOULD too')
    .option('--timeout <seconds>', 'the longest any one request may take (default: 10)')
    .option(
      '--only <prefix...>',
      'only the clauses whose id starts with a prefix, e.g. auth. (repeatable, or comma-separated)',
    )
    .option('--list', 'list every clause (id, level, requirement) and exit, without touching the network')
    .option(
      '--strict <key=value...>',
      'pin one reading where the document contradicts itself: reset=seconds|epoch, ' +
        'limit-body=json|text, auth-header=authorization|authentication (repeatable)',
    )
    .option('--insecure', "do not verify the target's TLS certificate")
    .option('--spec <file>', 'an alternative OpenAPI document (default: spec/mattermost-v1.openapi.yaml)')
    .option(
      '--waivers <file>',
      'known deviations (YAML: clause, reason, expires): a waived clause does not gate',
    )
    .option('--baseline <file>', "a previous run's report.json: only clauses that did not fail then gate")
    .option('--baseline-any', 'use a baseline of another spec version or target all the same')
    .option('--markdown <file>', 'also write a Markdown summary there, e.g. "$GITHUB_STEP_SUMMARY"')
    .option(
      '--config <file>',
      `the options in a YAML file (default: ./mm-conformance.config.yaml when present)`,
    )
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', CHECK_HELP)
    .enablePositionalOptions()
    .allowExcessArguments(true)
    .showSuggestionAfterError(true)
    .action(async (flags: CheckFlags, command: Command) => handlers.check(flags, command.args));

  program
    .command('serve')
    .description('run the reference server in the foreground; Ctrl-C stops it')
    .option('--port <n>', `the port to listen on; 0 picks a free one (default: ${D.port})`)
    .option('--host <host>', `the address to bind (default: ${D.host})`)
    .option('--rate <n>', `requests allowed per second, per client (default: ${D.rate})`)
    .option(
      '--limit-per <key>',
      `whose allowance a request spends: client (its address) or connection (address and port, like Mattermost 1.x) (default: ${D.limitPer})`,
    )
    .option('--limiter <kind>', `fixed-window (like Mattermost 1.x) or token-bucket (default: ${D.limiter})`)
    .option('--burst <n>', 'token-bucket only: requests allowed at once beyond the first (default: the rate)')
    .option('--reset-form <form>', `X-Ratelimit-Reset as seconds-left or epoch (default: ${D.resetForm})`)
    .option('--limit-body <form>', `the 429 body: text (limit exceeded) or json (default: ${D.limitBody})`)
    .option(
      '--logout-ends <what>',
      `what a logout ends: its-session (like Mattermost 1.x) or every-session of its user (default: ${D.logoutEnds})`,
    )
    .option(
      '--lockout-after <n>',
      `wrong passwords in a row that lock the account (default: ${D.lockoutAfter})`,
    )
    .option(
      '--latency <ms>',
      'simulate a network round trip: half before a request is seen, half after (default: 0)',
    )
    .option('--jitter <ms>', 'up to this much more, at random, on each half of the round trip (default: 0)')
    .option(
      '--no-pipelining',
      'one request per connection, answered with Connection: close, as a proxy that does not pipeline',
    )
    .option('--fault <name...>', 'break one documented promise (repeatable); see --list-faults')
    .option('--list-faults', 'list the faults, the clauses each breaks, and exit')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', SERVE_HELP)
    .action(async (flags: ServeFlags) => handlers.serve(flags));

  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({ outputError: () => {} });
  }
  return program;
}
