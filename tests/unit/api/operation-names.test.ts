import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { OPERATION_NAMES } from '../../../shared/api/operation-names';

describe('OPERATION_NAMES', () => {
  it('names every contract operation exactly once, so the preload exposes them all', () => {
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });
});
