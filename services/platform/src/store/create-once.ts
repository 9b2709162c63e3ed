import { DomainError } from '../errors';

/** What creating an aggregate that exists does: refuse with 409 ALREADY_EXISTS, or keep the stored one. */
export type OnExists = 'fail' | 'keep';

/** Runs `create`; with 'keep', an ALREADY_EXISTS refusal answers the stored aggregate instead (nothing written). */
export async function createOnce<T>(
  create: () => Promise<T>,
  stored: () => Promise<T | null>,
  onExists: OnExists = 'fail',
): Promise<T & { created: boolean }> {
  try {
    return { ...(await create()), created: true };
  } catch (error) {
    if (onExists !== 'keep' || !(error instanceof DomainError) || error.code !== 'ALREADY_EXISTS') throw error;
    const existing = await stored();
    if (!existing) throw error;
    return { ...existing, created: false };
  }
}
