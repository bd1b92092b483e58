import { isJsonMediaType, mediaTypeEssence } from '../../suites/support/media-type';

describe('mediaTypeEssence', () => {
  test.each([
    ['application/json', 'application/json'],
    ['application/json; charset=utf-8', 'application/json'],
    ['Application/JSON;charset=UTF-8', 'application/json'],
    ['  text/html ; charset=utf-8 ', 'text/html'],
    ['application/problem+json', 'application/problem+json'],
  ])('%s reads as %s', (value, essence) => {
    expect(mediaTypeEssence(value)).toBe(essence);
  });

  test.each([
    [undefined],
    [''],
    ['json'],
    ['application/'],
    ['/json'],
    ['application/json/x'],
    ['text/ html'],
  ])('%p is no media type', (value) => {
    expect(mediaTypeEssence(value)).toBeUndefined();
  });
});

describe('isJsonMediaType', () => {
  test('application/json with or without parameters, in any letter case', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('APPLICATION/Json; Charset="utf-8"; x=y')).toBe(true);
  });

  test('other types and a missing header are not JSON labels', () => {
    expect(isJsonMediaType('text/plain; charset=utf-8')).toBe(false);
    expect(isJsonMediaType('text/json')).toBe(false);
    expect(isJsonMediaType('application/jsonx')).toBe(false);
    expect(isJsonMediaType(undefined)).toBe(false);
  });
});
