import type { z } from 'zod';

/** Who may call an operation: anyone at the PC, or only a trainer who has entered the PIN. */
export type Access = 'public' | 'trainer';

export interface Operation<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  /** Phantom field: carries the output type, never read at run time. */
  readonly output?: Output;
}

export function operation<Output>() {
  return <Input extends z.ZodType>(input: Input, access: Access): Operation<Input, Output> => ({ input, access });
}
