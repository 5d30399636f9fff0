/** The warning shown when the background check finds the database file damaged or changed outside Knotbook. */
export { IntegrityBanner, IntegrityNotice } from './IntegrityBanner';
export { pollIntegrity, type IntegrityReport, type IntegrityState } from './poll';
