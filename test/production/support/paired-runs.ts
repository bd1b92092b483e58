import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { RepeatedRun, RunResult } from './run-checks';

/** A run's exit code, and each rate clause of its report: status, and its message or note. */
export interface PairedRunResult extends RunResult {
  clauses: { id: string; status: string; text: string }[];
}

const PROJECT_ROOT = path.resolve(__dirname, '../../..');

/**
 * Checkers in child processes of their own, each waiting for its cue: `runTogether` starts one
 * run in each at the same moment, so that they talk to the target at once (a shared CI account),
 * and resolves when all have ended.
 */
export class PairedCheckers {
  private readonly children: ChildProcess[];

  constructor(count: number) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MM')));
    this.children = Array.from({ length: count }, () =>
      fork(path.join(__dirname, 'paired-runs-child.ts'), [], {
        cwd: PROJECT_ROOT,
        execArgv: ['-r', 'esbuild-register'],
        env,
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      }),
    );
    // The runs' progress goes to stderr: kept, and shown only when a checker process dies.
    for (const child of this.children) {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-8000);
      });
      child.once('exit', (code) => {
        if (code) process.stderr.write(stderr);
      });
    }
  }

  runTogether(runs: RepeatedRun[]): Promise<PairedRunResult[]> {
    return Promise.all(
      runs.map(
        (run, i) =>
          new Promise<PairedRunResult>((resolve, reject) => {
            const child = this.children[i] as ChildProcess;
            const onExit = (code: number | null) => reject(new Error(`a checker process ended (${code})`));
            child.once('exit', onExit);
            child.once('message', (result: PairedRunResult) => {
              child.off('exit', onExit);
              resolve(result);
            });
            child.send(run);
          }),
      ),
    );
  }

  close(): void {
    for (const child of this.children) child.disconnect();
  }
}
