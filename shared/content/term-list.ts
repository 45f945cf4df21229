/**
 * The shared term list (resources/content/terms.json): one wording per concept that every module follows,
 * so a learner who takes two modules meets the same term for the same idea. Documented in FORMAT.md.
 */
import { z } from 'zod';

const phrases = z.array(z.string().trim().min(1)).default([]);

export const sharedTerm = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** What the concept is, for authors; never shown to learners. */
    concept: z.string().min(1),
    use: z.object({ en: z.string().min(1).optional(), 'zh-CN': z.string().min(1) }).strict(),
    avoid: z.object({ en: phrases, 'zh-CN': phrases }).strict(),
    /** Fixed phrases that contain an avoided form but mean something else (职业病危害 is a legal term). */
    allowed: phrases,
  })
  .strict();
export type SharedTerm = z.infer<typeof sharedTerm>;

export const sharedTermList = z.object({ terms: z.array(sharedTerm).min(1) }).strict();
