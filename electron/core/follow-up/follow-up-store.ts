import type { Db } from '../db/open-database';
import { ActionRepository } from './action-repository';
import { ChecklistRepository } from './checklist-repository';
import { FindingRepository } from './finding-repository';
import { IndicatorValueRepository } from './indicator-value-repository';
import { ProjectRepository } from './project-repository';
import { SuggestionRepository } from './suggestion-repository';
import { TeamRepository } from './team-repository';
import { VisitRepository } from './visit-repository';

/** The repositories of the factory follow-up, one per aggregate, over the installation's database. */
export class FollowUpStore {
  readonly team: TeamRepository;
  readonly visits: VisitRepository;
  readonly checklists: ChecklistRepository;
  readonly findings: FindingRepository;
  readonly actions: ActionRepository;
  readonly suggestions: SuggestionRepository;
  readonly projects: ProjectRepository;
  readonly indicatorValues: IndicatorValueRepository;

  constructor(db: Db) {
    this.team = new TeamRepository(db);
    this.visits = new VisitRepository(db);
    this.checklists = new ChecklistRepository(db);
    this.findings = new FindingRepository(db);
    this.actions = new ActionRepository(db);
    this.suggestions = new SuggestionRepository(db);
    this.projects = new ProjectRepository(db);
    this.indicatorValues = new IndicatorValueRepository(db);
  }
}
