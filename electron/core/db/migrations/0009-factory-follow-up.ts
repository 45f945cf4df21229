import type { Migration } from './migration';

/**
 * Factory follow-up (issue 13): the Enterprise Improvement Team, visits with their checklists, the ledger of
 * findings and actions, worker suggestions, improvement projects, indicator values and photos.
 *
 * Dates are ISO days (YYYY-MM-DD), money is RMB per year. Checklist items and indicators are content (packs), so
 * they are referenced by id, not by foreign key. People counted by sex (team members) take it from their
 * participant record; an anonymous suggestion keeps the role and sex typed for it, and a named one the role and sex
 * of its proposer when it was made, so that later edits to a person do not rewrite past shares.
 * One answer per (run, item) so that a later sync maps each answer to exactly one document.
 * A photo row is one stored file (keyed by its content hash); photo_links attach it to records through one nullable
 * foreign key per kind, so that deleting a record cascades to its links and the unlinked photo can be collected.
 */
export const factoryFollowUp: Migration = {
  version: 9,
  name: 'factory-follow-up',
  up(db) {
    db.exec(`
      CREATE TABLE eit_members (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('manager', 'supervisor', 'worker', 'osh-officer', 'union-rep')),
        joined_on TEXT NOT NULL,
        left_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (enterprise_id, participant_id),
        CHECK (left_on IS NULL OR left_on >= joined_on)
      ) STRICT;
      CREATE INDEX eit_members_participant ON eit_members(participant_id);

      CREATE TABLE eit_meetings (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        held_on TEXT NOT NULL,
        topics TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        next_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (next_on IS NULL OR next_on > held_on)
      ) STRICT;
      CREATE INDEX eit_meetings_enterprise ON eit_meetings(enterprise_id, held_on);

      CREATE TABLE eit_meeting_attendees (
        meeting_id TEXT NOT NULL REFERENCES eit_meetings(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES eit_members(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, member_id)
      ) STRICT;
      CREATE INDEX eit_meeting_attendees_member ON eit_meeting_attendees(member_id);

      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        visited_on TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        purpose TEXT NOT NULL CHECK (purpose IN ('baseline', 'follow-up', 'closing')),
        module_id TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visits_enterprise ON visits(enterprise_id, visited_on);
      CREATE INDEX visits_date ON visits(visited_on);

      CREATE TABLE visit_visitors (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        name TEXT NOT NULL CHECK (name <> ''),
        role TEXT NOT NULL CHECK (role IN ('trainer', 'inspector', 'other')),
        organisation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (visit_id, position)
      ) STRICT;

      CREATE TABLE visit_participants (
        visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (visit_id, participant_id)
      ) STRICT;
      CREATE INDEX visit_participants_participant ON visit_participants(participant_id);

      CREATE TABLE checklist_runs (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        pack_id TEXT NOT NULL,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL CHECK (template_version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (visit_id, pack_id, template_id)
      ) STRICT;

      CREATE TABLE checklist_answers (
        id TEXT PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        needs_action TEXT NOT NULL CHECK (needs_action IN ('yes', 'no', 'na')),
        priority TEXT CHECK (priority IN ('high', 'medium', 'low')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (run_id, item_id),
        CHECK (priority IS NULL OR needs_action = 'yes')
      ) STRICT;

      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        answer_id TEXT UNIQUE REFERENCES checklist_answers(id) ON DELETE CASCADE,
        description TEXT NOT NULL CHECK (description <> ''),
        hazard_category TEXT NOT NULL CHECK (hazard_category IN
          ('machinery', 'electrical', 'chemical', 'fire', 'housekeeping', 'ergonomic', 'welfare', 'work-organisation', 'other')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX findings_enterprise ON findings(enterprise_id);
      CREATE INDEX findings_visit ON findings(visit_id);

      -- Risk as the OSH module teaches it: likelihood and severity each 1-3, score = their product.
      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        finding_id TEXT REFERENCES findings(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (title <> ''),
        hazard_category TEXT NOT NULL CHECK (hazard_category IN
          ('machinery', 'electrical', 'chemical', 'fire', 'housekeeping', 'ergonomic', 'welfare', 'work-organisation', 'other')),
        likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),
        severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),
        owner_member_id TEXT NOT NULL REFERENCES eit_members(id) ON DELETE RESTRICT,
        due_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'verified')),
        done_on TEXT,
        verified_by TEXT NOT NULL DEFAULT '',
        verified_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status IN ('done', 'verified')) = (done_on IS NOT NULL)),
        CHECK ((status = 'verified') = (verified_on IS NOT NULL AND verified_by <> '')),
        CHECK (verified_on IS NULL OR verified_on >= done_on)
      ) STRICT;
      CREATE INDEX actions_enterprise ON actions(enterprise_id, status, due_on);
      CREATE INDEX actions_owner ON actions(owner_member_id);
      -- Covering: hazards fixed are counted from each finding's action statuses alone.
      CREATE INDEX actions_finding ON actions(finding_id, status);

      CREATE TABLE improvement_projects (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (title <> ''),
        module_id TEXT NOT NULL DEFAULT '',
        started_on TEXT NOT NULL,
        ended_on TEXT,
        indicator_id TEXT,
        indicator_baseline REAL,
        indicator_result REAL,
        cost REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),
        saving REAL NOT NULL DEFAULT 0 CHECK (saving >= 0),
        status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'stopped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      ) STRICT;
      CREATE INDEX improvement_projects_enterprise ON improvement_projects(enterprise_id, started_on);

      CREATE TABLE project_members (
        project_id TEXT NOT NULL REFERENCES improvement_projects(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES eit_members(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (project_id, member_id)
      ) STRICT;
      CREATE INDEX project_members_member ON project_members(member_id);

      CREATE TABLE suggestions (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        submitted_on TEXT NOT NULL,
        proposer_participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        proposer_role TEXT NOT NULL CHECK (proposer_role IN ('manager', 'supervisor', 'worker', 'osh-officer', 'union-rep', 'other')),
        proposer_sex TEXT NOT NULL CHECK (proposer_sex IN ('female', 'male', 'other', 'undisclosed')),
        category TEXT NOT NULL CHECK (category IN ('safety', 'quality', 'productivity', 'environment', 'workforce')),
        description TEXT NOT NULL CHECK (description <> ''),
        reply TEXT NOT NULL CHECK (reply IN ('under-review', 'accepted', 'rejected')),
        reply_reason TEXT NOT NULL DEFAULT '',
        replied_on TEXT,
        implemented_on TEXT,
        estimated_saving REAL CHECK (estimated_saving >= 0),
        actual_saving REAL CHECK (actual_saving >= 0),
        project_id TEXT REFERENCES improvement_projects(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((reply = 'under-review') = (replied_on IS NULL)),
        CHECK (replied_on IS NULL OR replied_on >= submitted_on),
        CHECK (implemented_on IS NULL OR (reply = 'accepted' AND implemented_on >= submitted_on))
      ) STRICT;
      CREATE INDEX suggestions_enterprise ON suggestions(enterprise_id, submitted_on);
      -- Covering: the programme summary counts suggestions by day, sex, role and reply without reading the table.
      CREATE INDEX suggestions_date ON suggestions(submitted_on, enterprise_id, proposer_sex, proposer_role, reply, implemented_on, project_id, actual_saving);
      CREATE INDEX suggestions_project ON suggestions(project_id);

      -- period: 'baseline' or a month 'YYYY-MM'. A split value has its parts by sex; value is then their total.
      CREATE TABLE indicator_values (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
        indicator_id TEXT NOT NULL,
        period TEXT NOT NULL CHECK (period = 'baseline' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        value REAL NOT NULL,
        value_female REAL,
        value_male REAL,
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (enterprise_id, indicator_id, period),
        CHECK ((value_female IS NULL) = (value_male IS NULL))
      ) STRICT;

      CREATE TABLE photos (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE photo_links (
        id TEXT PRIMARY KEY,
        photo_id TEXT NOT NULL REFERENCES photos(id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('photo', 'before', 'after', 'evidence')),
        visit_id TEXT REFERENCES visits(id) ON DELETE CASCADE,
        finding_id TEXT REFERENCES findings(id) ON DELETE CASCADE,
        action_id TEXT REFERENCES actions(id) ON DELETE CASCADE,
        project_id TEXT REFERENCES improvement_projects(id) ON DELETE CASCADE,
        caption TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((visit_id IS NOT NULL) + (finding_id IS NOT NULL) + (action_id IS NOT NULL) + (project_id IS NOT NULL) = 1),
        CHECK (role = 'photo' OR (role IN ('before', 'after') AND project_id IS NOT NULL) OR (role = 'evidence' AND action_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX photo_links_photo ON photo_links(photo_id);
      CREATE INDEX photo_links_visit ON photo_links(visit_id) WHERE visit_id IS NOT NULL;
      CREATE INDEX photo_links_finding ON photo_links(finding_id) WHERE finding_id IS NOT NULL;
      CREATE INDEX photo_links_action ON photo_links(action_id) WHERE action_id IS NOT NULL;
      CREATE INDEX photo_links_project ON photo_links(project_id) WHERE project_id IS NOT NULL;
    `);
  },
};
