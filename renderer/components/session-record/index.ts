/** The editable session record (everything on the session page except the chart and signing). */
export { AppointmentFields } from './AppointmentFields';
export { summarizeChart } from './chart-summary';
export { DraftSaveStatus } from './DraftSaveStatus';
export { Measures } from './Measures';
export { PerpetuatingFactors } from './PerpetuatingFactors';
export { expandQuickPhrase } from './quick-phrase';
export { RedFlagScreen } from './RedFlagScreen';
export { ReferralAlert } from './ReferralAlert';
export { SoapNote } from './SoapNote';
export { useSessionDraft, type SessionDraft } from './useSessionDraft';
