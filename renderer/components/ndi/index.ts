/** The Neck Disability Index questionnaire on the session page. */
export { NdiCard, NdiQuestionnaire, type NdiDraft } from './NdiQuestionnaire';
export { firstNdiScore, ndiChangeFlag, ndiScoreText } from './ndi-text';
