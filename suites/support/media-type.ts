/** RFC 9110 token characters, the only ones a type or subtype may hold. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * The essence of a Content-Type value, "type/subtype" in lower case (RFC 9110 section 8.3.1:
 * both are case-insensitive); parameters such as `charset` are dropped. Undefined when the value
 * is absent or is not a media type.
 */
export function mediaTypeEssence(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const [essence = ''] = value.split(';');
  const [type, subtype, ...rest] = essence.trim().toLowerCase().split('/');
  if (!type || !subtype || rest.length > 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  return `${type}/${subtype}`;
}

/** Whether a Content-Type value labels JSON as the document's example does: application/json, any parameters. */
export function isJsonMediaType(value: string | undefined): boolean {
  return mediaTypeEssence(value) === 'application/json';
}
