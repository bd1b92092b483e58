// har-schema ships JSON Schemas without type declarations: one schema per part of HAR 1.2, by name.
declare module 'har-schema' {
  const schemas: Record<string, object>;
  export default schemas;
}
