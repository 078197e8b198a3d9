import type { Migration } from './migration';

/**
 * History is never rewritten: a plan entry that check-ins point at is archived instead of deleted.
 * `archived_on` is the day it left the plan (null while it is in the plan); an archived entry no
 * longer appears in the plan or the check-in form, and past check-ins keep showing its words.
 */
export const migration005ArchivedEntries: Migration = {
  version: 5,
  name: 'archived plan entries',
  up(db) {
    db.exec('ALTER TABLE plan_entries ADD COLUMN archived_on TEXT');
  },
};
