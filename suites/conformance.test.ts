// The one jest test file of a conformance run. jest sets every test file up afresh (its expect,
// each module the file loads: about a tenth of a second a file), so the suites share one file:
// each is a describe block named for it, in the order src/runner/suite-areas.ts gives. A suite
// whose module fails to load stands as one failing test, and the others still run.
import { readRunConfig } from '../src/runner/run-config-file';
import { SUITE_NOT_LOADED, suitesOfRun } from '../src/runner/suite-areas';

for (const suite of suitesOfRun(readRunConfig().only)) {
  describe(suite, () => {
    try {
      // Loaded here, not imported: a suite not selected costs nothing, and one that fails to load
      // fails alone.
      require(`./${suite}.suite`);
    } catch (error) {
      test(SUITE_NOT_LOADED, () => {
        throw error;
      });
    }
  });
}
