import { jsonNestingDepth, MAX_JSON_DEPTH, refuseDeepJson } from './json-depth';

describe('jsonNestingDepth', () => {
  it.each([
    ['{}', 1],
    ['[]', 1],
    ['"x"', 0],
    ['{"a":[{"b":1}]}', 3],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[[[["}', 1],
  ])('Given %s, Then depth %d', (text, depth) => expect(jsonNestingDepth(text)).toBe(depth));

  it('Given 5,000 levels, When checked, Then refused with status 400 without a stack overflow', () => {
    const deep = Buffer.from('['.repeat(5000) + ']'.repeat(5000));
    expect(() => refuseDeepJson(null, null, deep)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('Given exactly the limit, Then accepted', () => {
    const atLimit = Buffer.from('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH));
    expect(() => refuseDeepJson(null, null, atLimit)).not.toThrow();
  });
});
