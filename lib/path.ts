import { ValidationError } from './errors.js';

/**
 * Builds a request path, encoding every interpolated value as one path segment, so that no value
 * (a name, a fingerprint, an id) can add a segment, a query or a fragment, whatever checks it
 * passed before.
 *
 * @example
 * ```ts
 * path`domains/${domain}/records/${recordId}` // 'domains/example.com/records/7'
 * path`tags/${'a/b'}`                          // 'tags/a%2Fb'
 * ```
 */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += segment(String(values[i])) + strings[i + 1];
  return out;
}

/**
 * One path segment: `/`, `?`, `#`, `%` and the like encoded; `:` and `@` kept, as paths allow them.
 * `.`, `..` and an empty value are refused: URLs resolve them (encoded or not) to other paths.
 */
function segment(value: string): string {
  if (value === '' || value === '.' || value === '..') throw new ValidationError('path', `cannot hold ${JSON.stringify(value)} as a path segment`);
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%40/gi, '@');
}
