import type { Db } from '../db/open-database';
import { ActionRepository } from './action-repository';
import { ChecklistRepository } from './checklist-repository';
import { FindingRepository } from './finding-repository';
import { IndicatorValueRepository } from './indicator-value-repository';
import { LedgerFiguresRepository } from './ledger-figures-repository';
import { PhotoRepository } from './photo-repository';
import { ProjectRepository } from './project-repository';
import { SuggestionRepository } from './suggestion-repository';
import { TeamRepository } from './team-repository';
import { VisitRepository } from './visit-repository';

/** The repositories of the factory follow-up, one per aggregate, over the installation's database and photo folder. */
export class FollowUpStore {
  readonly team: TeamRepository;
  readonly visits: VisitRepository;
  readonly checklists: ChecklistRepository;
  readonly findings: FindingRepository;
  readonly actions: ActionRepository;
  readonly suggestions: SuggestionRepository;
  readonly projects: ProjectRepository;
  readonly indicatorValues: IndicatorValueRepository;
  readonly photos: PhotoRepository;
  readonly figures: LedgerFiguresRepository;

  constructor(db: Db, dataDir: string) {
    this.photos = new PhotoRepository(db, dataDir);
    this.figures = new LedgerFiguresRepository(db);
    const collectPhotos = () => void this.photos.collectGarbage();
    this.team = new TeamRepository(db);
    this.visits = new VisitRepository(db, collectPhotos);
    this.checklists = new ChecklistRepository(db, collectPhotos);
    this.findings = new FindingRepository(db, collectPhotos);
    this.actions = new ActionRepository(db, collectPhotos);
    this.suggestions = new SuggestionRepository(db);
    this.projects = new ProjectRepository(db, collectPhotos);
    this.indicatorValues = new IndicatorValueRepository(db);
  }
}
