import { migration001Settings } from './001-settings';
import { migration002Plan } from './002-plan';
import { migration003CheckIns } from './003-check-ins';
import { migration004DailyCompanion } from './004-daily-companion';
import { migration005ArchivedEntries } from './005-archived-entries';
import { migration006CheckInImports } from './006-check-in-imports';
import { migration007Questionnaires } from './007-questionnaires';
import { migration008MedicationsAndUse } from './008-medications-and-use';
import { migration009StockCountedAt } from './009-stock-counted-at';
import { migration010LockedCheckIns } from './010-locked-check-ins';
import type { Migration } from './migration';

/** Every migration in order. A new one is appended here and gets a test from the version before. */
export const migrations: readonly Migration[] = [
  migration001Settings,
  migration002Plan,
  migration003CheckIns,
  migration004DailyCompanion,
  migration005ArchivedEntries,
  migration006CheckInImports,
  migration007Questionnaires,
  migration008MedicationsAndUse,
  migration009StockCountedAt,
  migration010LockedCheckIns,
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
