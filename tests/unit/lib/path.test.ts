import { ValidationError } from '../../../lib/errors.js';
import { path } from '../../../lib/path.js';

describe('path', () => {
  it('encodes each interpolated value as one segment', () => {
    expect(path`domains/${'example.com'}/records/${7}`).toBe('domains/example.com/records/7');
    expect(path`tags/${'a/b'}`).toBe('tags/a%2Fb');
    expect(path`tags/${'../account'}`).toBe('tags/..%2Faccount');
    expect(path`keys/${'3b:16:bf'}`).toBe('keys/3b:16:bf');

    expect(path`x/${'a?b#c d'}`).toBe('x/a%3Fb%23c%20d');
  });

  it.each([['..'], ['.'], ['']])('refuses %p as a segment, which a URL would resolve to another path', (value) => {
    expect(() => path`tags/${value}`).toThrow(ValidationError);
    expect(() => path`tags/${value}`).toThrow(`path cannot hold ${JSON.stringify(value)} as a path segment`);
  });
});
