import type { z } from 'zod';
import type { Operation } from '../../../shared/api/operation';
import type { ClientSession } from '../auth/trainer-session';
import type { Core } from '../core';

export interface HandlerContext {
  core: Core;
  session: ClientSession;
}

/** The implementations of one area's operations, typed from that area's part of the contract. */
export type HandlersFor<Ops extends Record<string, Operation<z.ZodType, unknown>>> = {
  [K in keyof Ops]: Ops[K] extends Operation<infer I, infer O>
    ? (input: z.output<I>, context: HandlerContext) => O | Promise<O>
    : never;
};
