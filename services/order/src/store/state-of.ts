/** A stored aggregate document without the repository's own fields: the aggregate's state. */
export function stateOf<S>(doc: unknown): S {
  const {
    _id,
    version: _v,
    outbox: _o,
    outboxPendingSince: _p,
    appliedEventIds: _a,
    ...state
  } = doc as Record<string, unknown>;
  return state as S;
}
