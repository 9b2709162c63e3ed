import { changesInProgressWarning } from './changes-in-progress';

describe('changes in progress on the same element', () => {
  it('Given no other open request, Then no warning', () => {
    expect(changesInProgressWarning('cr-1', [])).toEqual([]);
    expect(changesInProgressWarning('cr-1', ['cr-1'])).toEqual([]);
  });

  it('Given other open requests (with duplicates), Then one CHANGES_IN_PROGRESS_ON_ELEMENT warning lists them once, sorted', () => {
    expect(changesInProgressWarning(null, ['cr-3', 'cr-2', 'cr-3'])).toEqual([
      {
        code: 'CHANGES_IN_PROGRESS_ON_ELEMENT',
        detail: '2 other change request(s) already in progress on this element',
        requestIds: ['cr-2', 'cr-3'],
      },
    ]);
  });
});
