import type { ChecklistTemplate, IndicatorDefinition } from './follow-up-content';
import type { FacilitatorGuide, GlossaryTerm, Language, ModuleMeta, Question } from './pack';

/** A lesson's Markdown split into blocks; block i of one language pairs with block i of the other. */
export type LessonBlocks = Record<Language, string[]>;

export interface LoadedPack {
  meta: ModuleMeta;
  /** Where the pack came from: bundled with the app (read-only) or installed into the data folder. */
  origin: 'bundled' | 'installed';
  lessons: Record<string, LessonBlocks>;
  practice: Record<string, Question[]>;
  pool: Question[];
  glossary: GlossaryTerm[];
  guide: FacilitatorGuide;
  /** Relative image paths (e.g. `images/workshop.svg`) mapped to their bytes' media type. */
  images: Record<string, string>;
  /** Follow-up content (optional in a pack): checklist templates for factory visits, indicator definitions. */
  checklists: ChecklistTemplate[];
  indicators: IndicatorDefinition[];
}

/** One defect in a pack, named by file and field so an author can find it. */
export interface PackProblem {
  file: string;
  field: string;
  message: string;
}
