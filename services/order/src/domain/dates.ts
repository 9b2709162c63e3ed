/**
 * Calendar dates (ISO yyyy-mm-dd, UTC) are the platform's `IsoDate` helpers; this module only keeps the names the
 * order domain reads with (`isoDate` = `isoDateOf`).
 */
export {
  addDays,
  addMonths,
  DAY_MS,
  isIsoDate,
  isoDateOf as isoDate,
  startOfDayAfter,
} from '@portal/platform/src/domain';
