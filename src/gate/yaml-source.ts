import type { ErrorObject } from 'ajv';
import type { Node } from 'yaml';
import { InputFileError } from './input-file-error';

/** A YAML file read with its line positions, so that every complaint can say `file:line:`. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** The line (1-based) of the value at a JSON pointer such as /0/expires, or of its nearest parent. */
  lineOf(pointer: string): number;
}

/** Parses YAML text; a syntax error is an InputFileError at the line where the parser stopped. */
export function readYamlSource(file: string, text: string): YamlSource {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [syntax] = document.errors;
  if (syntax) {
    const line = syntax.linePos?.[0].line ?? 1;
    throw new InputFileError(`${file}:${line}: not valid YAML: ${firstSentence(syntax.message)}`);
  }
  return {
    file,
    data: document.toJS(),
    lineOf(pointer) {
      const offset = nodeAt(document.contents, segmentsOf(pointer))?.range?.[0];
      return offset === undefined ? 1 : lineCounter.linePos(offset).line;
    },
  };
}

/** `file:line: message` for the first schema error, in words a person reads without the schema. */
export function schemaErrorLine(source: YamlSource, error: ErrorObject): string {
  const missingKey = error.keyword === 'required' ? undefined : additional(error);
  const pointer = missingKey ? `${error.instancePath}/${missingKey}` : error.instancePath;
  return `${source.file}:${source.lineOf(pointer)}: ${describeSchemaError(error)}`;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath.split('/').filter(Boolean).at(-1);
  const subject = where === undefined || /^\d+$/.test(where) ? 'the entry' : JSON.stringify(where);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${subject} has no ${JSON.stringify(params.missingProperty)}`;
    case 'additionalProperties':
      return `unknown key ${JSON.stringify(params.additionalProperty)}`;
    case 'format':
      return `${subject} must be a ${params.format} (${params.format === 'date' ? 'YYYY-MM-DD' : String(params.format)}), not ${JSON.stringify(error.data)}`;
    case 'pattern':
    case 'minLength':
    case 'enum':
      if (typeof error.parentSchema?.description === 'string') {
        return `${subject} must be ${error.parentSchema.description}, not ${JSON.stringify(error.data)}`;
      }
      return `${subject} ${error.message ?? 'is not valid'}, not ${JSON.stringify(error.data)}`;
    default: {
      const hint =
        typeof error.parentSchema?.description === 'string' ? ` (${error.parentSchema.description})` : '';
      return `${subject} ${error.message ?? 'is not valid'}${hint}`;
    }
  }
}

function additional(error: ErrorObject): string | undefined {
  const property = (error.params as { additionalProperty?: unknown }).additionalProperty;
  return typeof property === 'string' ? property : undefined;
}

function segmentsOf(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The node at the path, or the deepest one found on the way; a map key stands in for a null value. */
function nodeAt(root: unknown, segments: readonly string[]): Node | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node = root as Node | undefined;
  for (const segment of segments) {
    if (isSeq(node)) {
      const next = node.items[Number(segment)] as Node | undefined;
      if (!next) return node;
      node = next;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return node;
      node = (pair.value ?? pair.key) as Node;
    } else {
      return node;
    }
  }
  return node;
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The YAML library, loaded on first use rather than imported: most runs read no YAML file at all. */
function yaml(): typeof import('yaml') {
  return require('yaml');
}
