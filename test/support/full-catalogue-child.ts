// Prints the catalogue merged with the clauses of the OpenAPI document named by argv[2], as JSON.
import { loadCatalogueFor } from '../../src/catalogue/catalogue-for-spec';

loadCatalogueFor(process.argv[2]).then(
  (catalogue) => process.stdout.write(JSON.stringify(catalogue)),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
