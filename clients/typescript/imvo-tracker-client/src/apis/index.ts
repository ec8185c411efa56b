/* tslint:disable */
/* eslint-disable */
export * from './AnnualReportsApi';
export * from './AuditApi';
export * from './ChangesApi';
export * from './CovenantsApi';
export * from './DocumentationApi';
export * from './EvaluationsApi';
export * from './FundsAndProjectsApi';
export * from './GovernanceBodiesApi';
export * from './IndicatorsApi';
export * from './LettersApi';
export * from './MeasurementsApi';
export * from './MetricsApi';
export * from './MotionResponsesApi';
export * from './MotionsApi';
export * from './NGOAssessmentsApi';
export * from './OECDEndorsementsApi';
export * from './OperationsApi';
export * from './OrganisationsApi';
export * from './ParticipationsApi';
export * from './RemedyMechanismsApi';
export * from './SectorsApi';
export * from './SizeFactsApi';
export * from './TargetsApi';
export * from './WebhooksApi';
export * from './WorkingGroupsApi';
