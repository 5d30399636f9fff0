/** The warning shown when the background check finds the database file damaged. */
export { IntegrityBanner, IntegrityNotice } from './IntegrityBanner';
export { pollIntegrity, type IntegrityState } from './poll';
