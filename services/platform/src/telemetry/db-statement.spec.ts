import { statementShape } from './db-statement';

describe('db.statement of a MongoDB span', () => {
  it('given a filter, then its operators and fields show and no value does', () => {
    expect(statementShape({ _id: 'SO-1', status: { $ne: 'cancelled' }, n: 3 })).toBe(
      '{"_id":"?","status":{"$ne":"?"},"n":"?"}',
    );
  });

  it('given a bulk write, then the first statement and the count show, not every statement', () => {
    const updates = Array.from({ length: 40 }, (_, i) => ({ q: { _id: `a-${i}` }, u: { $set: { state: { i } } } }));
    expect(statementShape(updates)).toBe('[{"q":{"_id":"?"},"u":{"$set":{"state":"?"}}},"…40"]');
  });

  it('given deep nesting, then levels past the fourth are scrubbed whole', () => {
    expect(statementShape({ a: { b: { c: { d: { e: 1 } } } } })).toBe('{"a":{"b":{"c":{"d":"?"}}}}');
  });
});
