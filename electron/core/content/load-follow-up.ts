import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { PackProblem } from '../../../shared/content/loaded-pack';
import { checklistTemplate, indicatorList, type ChecklistTemplate, type IndicatorDefinition } from '../../../shared/content/follow-up-content';

type ReadJson = <S extends z.ZodType>(file: string, schema: S) => z.infer<S> | undefined;

export interface FollowUpContent {
  checklists: ChecklistTemplate[];
  indicators: IndicatorDefinition[];
}

/**
 * The optional follow-up folder of a pack: `follow-up/checklists/<template-id>.json` and
 * `follow-up/indicators.json`. A pack without it simply has none.
 */
export function loadFollowUp(dir: string, readJson: ReadJson, problems: PackProblem[]): FollowUpContent {
  const checklistDir = join(dir, 'follow-up', 'checklists');
  const checklists: ChecklistTemplate[] = [];
  if (existsSync(checklistDir)) {
    for (const name of readdirSync(checklistDir).filter((n) => n.endsWith('.json')).sort()) {
      const file = `follow-up/checklists/${name}`;
      const template = readJson(file, checklistTemplate);
      if (!template) continue;
      if (`${template.id}.json` !== name) problems.push({ file, field: 'id', message: `the template id "${template.id}" must match the file name` });
      problems.push(...duplicateItems(file, template));
      checklists.push(template);
    }
  }
  const indicatorFile = 'follow-up/indicators.json';
  const indicators = existsSync(join(dir, indicatorFile)) ? (readJson(indicatorFile, indicatorList)?.indicators ?? []) : [];
  const seen = new Set<string>();
  indicators.forEach((indicator, i) => {
    if (seen.has(indicator.id)) problems.push({ file: indicatorFile, field: `indicators.${i}.id`, message: `duplicate indicator id "${indicator.id}"` });
    seen.add(indicator.id);
  });
  return { checklists, indicators };
}

/** Item ids are unique in the whole template (not only in their section): an answer names its item by id alone. */
function duplicateItems(file: string, template: ChecklistTemplate): PackProblem[] {
  const problems: PackProblem[] = [];
  const ids = new Set<string>();
  template.sections.forEach((section, s) => {
    if (ids.has(section.id)) problems.push({ file, field: `sections.${s}.id`, message: `duplicate id "${section.id}"` });
    ids.add(section.id);
    section.items.forEach((item, i) => {
      if (ids.has(item.id)) problems.push({ file, field: `sections.${s}.items.${i}.id`, message: `duplicate id "${item.id}"` });
      ids.add(item.id);
    });
  });
  return problems;
}
