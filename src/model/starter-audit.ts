import type { Process } from './types';

type AuditDetails = Required<
  Pick<Process, 'criteria' | 'kpis' | 'resources' | 'risks' | 'records'>
>;

/**
 * The clause 4.4 details of the starter map's processes, by id: how each is run and
 * measured, with what, its risks and opportunities and the records it keeps, so the
 * starter map is an audit-ready example.
 */
export const STARTER_AUDIT: Readonly<Record<string, AuditDetails>> = {
  context: {
    criteria: 'PESTLE and SWOT analysis; requirements register reviewed at least yearly',
    kpis: [{ name: 'Context analysis reviewed', target: 'Yearly', frequency: 'Yearly' }],
    resources: ['Strategy workshops', 'Requirements register'],
    risks: ['New legal requirements missed', 'Opportunity: align with the business strategy'],
    records: ['Context analysis', 'Register of interested parties and requirements'],
  },
  'isms-scope': {
    criteria: 'Scope covers all locations, services and interfaces named in the context analysis',
    kpis: [
      { name: 'Scope reviewed after organisational changes', target: '100%', frequency: 'Yearly' },
    ],
    resources: ['Organisation chart', 'Service catalogue'],
    risks: ['Scope too narrow for customer expectations'],
    records: ['ISMS scope statement'],
  },
  leadership: {
    criteria: 'Policy approved by top management and communicated to all staff',
    kpis: [
      { name: 'Staff who acknowledged the policy', target: '≥ 95%', frequency: 'Quarterly' },
      { name: 'ISMS roles filled', target: '100%', frequency: 'Yearly' },
    ],
    resources: ['Management board time', 'ISMS budget'],
    risks: ['Security seen as an IT matter only', 'Opportunity: security as a sales argument'],
    records: ['Information security policy', 'Roles and responsibilities (RACI)'],
  },
  'risk-assessment': {
    criteria: 'Risk assessment methodology; risk acceptance criteria approved by management',
    kpis: [
      { name: 'Assets with a current risk assessment', target: '100%', frequency: 'Quarterly' },
      { name: 'Assessments completed on schedule', target: '≥ 90%', frequency: 'Quarterly' },
    ],
    resources: ['GRC tool', 'Risk owners', 'Threat intelligence'],
    risks: ['Risks missed because assets are unknown', 'Opportunity: reuse supplier assessments'],
    records: ['Risk register', 'Risk assessment report'],
  },
  'risk-treatment': {
    criteria: 'Treatment options per ISO/IEC 27005; residual risk accepted by risk owners',
    kpis: [{ name: 'Treatment actions done on time', target: '≥ 85%', frequency: 'Monthly' }],
    resources: ['GRC tool', 'Control owners', 'Security budget'],
    risks: ['Treatment plans without budget'],
    records: ['Risk treatment plan', 'Statement of Applicability', 'Risk acceptance records'],
  },
  objectives: {
    criteria: 'Objectives measurable, consistent with the policy and planned with owners and dates',
    kpis: [{ name: 'Objectives met', target: '≥ 80%', frequency: 'Half-yearly' }],
    resources: ['Management board', 'Objective owners'],
    risks: ['Objectives that cannot be measured'],
    records: ['Information security objectives and plans'],
  },
  competence: {
    criteria: 'Competence profiles per role; awareness programme approved yearly',
    kpis: [
      { name: 'Staff who completed awareness training', target: '≥ 95%', frequency: 'Quarterly' },
      { name: 'Phishing simulation click rate', target: '< 5%', frequency: 'Quarterly' },
    ],
    resources: ['E-learning platform', 'HR', 'Training budget'],
    risks: ['Key know-how held by one person', 'Opportunity: security champions in each team'],
    records: ['Training records', 'Competence matrix'],
  },
  'documented-information': {
    criteria: 'Document control procedure: review, approval, versioning, retention',
    kpis: [{ name: 'Documents past their review date', target: '0', frequency: 'Monthly' }],
    resources: ['Document management system'],
    risks: ['Outdated procedures in use'],
    records: ['Document register', 'Controlled ISMS documentation'],
  },
  'operational-planning': {
    criteria: 'Operational procedures approved; planned changes assessed for security impact',
    kpis: [{ name: 'Operational procedures up to date', target: '100%', frequency: 'Half-yearly' }],
    resources: ['IT operations', 'Service management tool'],
    risks: ['Controls planned but not operated'],
    records: ['Operating procedures', 'Operational plans'],
  },
  'asset-management': {
    criteria: 'Every asset has an owner and a classification; inventory checked against discovery',
    kpis: [{ name: 'Assets with owner and classification', target: '100%', frequency: 'Monthly' }],
    resources: ['CMDB', 'Discovery tool'],
    risks: ['Shadow IT outside the inventory'],
    records: ['Asset inventory', 'Classification scheme'],
  },
  'access-control': {
    criteria: 'Least privilege; joiner-mover-leaver procedure; access reviews by owners',
    kpis: [
      { name: 'Leavers removed within 1 day', target: '100%', frequency: 'Monthly' },
      { name: 'Access reviews done', target: '100%', frequency: 'Quarterly' },
    ],
    resources: ['Identity and access management system', 'Service desk'],
    risks: ['Accumulated rights after role changes'],
    records: ['Access requests and approvals', 'Access review records'],
  },
  'supplier-security': {
    criteria: 'Supplier classification; security clauses in contracts; yearly supplier reviews',
    kpis: [{ name: 'Critical suppliers reviewed', target: '100%', frequency: 'Yearly' }],
    resources: ['Procurement', 'Supplier questionnaires'],
    risks: ['Cloud provider outage', 'Opportunity: certified suppliers reduce audit effort'],
    records: ['Supplier register', 'Supplier assessments'],
  },
  'change-management': {
    criteria: 'Change procedure with security review and approval by the change advisory board',
    kpis: [{ name: 'Emergency changes', target: '< 10%', frequency: 'Monthly' }],
    resources: ['Change advisory board', 'Service management tool'],
    risks: ['Unapproved changes in production'],
    records: ['Change records'],
  },
  'vulnerability-management': {
    criteria: 'Scanning schedule; patch deadlines by severity (critical within 7 days)',
    kpis: [
      {
        name: 'Critical vulnerabilities patched within 7 days',
        target: '≥ 95%',
        frequency: 'Monthly',
      },
    ],
    resources: ['Vulnerability scanner', 'Patch management tool'],
    risks: ['Systems that cannot be patched'],
    records: ['Vulnerability reports', 'Patch records'],
  },
  'incident-management': {
    criteria: 'Incident procedure with severity levels, escalation and notification deadlines',
    kpis: [
      { name: 'Mean time to resolve major incidents', target: '< 24 h', frequency: 'Monthly' },
      { name: 'Breaches notified within 72 h', target: '100%', frequency: 'Per incident' },
    ],
    resources: ['Incident response team', 'SIEM', 'Ticket system'],
    risks: ['Late detection', 'Opportunity: lessons learned improve controls'],
    records: ['Incident records', 'Breach notifications'],
  },
  'business-continuity': {
    criteria: 'Business impact analysis; recovery objectives; plans tested yearly',
    kpis: [{ name: 'Continuity plans tested', target: '100%', frequency: 'Yearly' }],
    resources: ['Backup site', 'Continuity team'],
    risks: ['Recovery objectives not met in a test'],
    records: ['Business impact analysis', 'Continuity test reports'],
  },
  monitoring: {
    criteria: 'Measurement plan: what, how, when and by whom results are analysed',
    kpis: [{ name: 'KPIs reported on time', target: '100%', frequency: 'Monthly' }],
    resources: ['Dashboard', 'SIEM', 'Process owners'],
    risks: ['Measuring what is easy instead of what matters'],
    records: ['Monitoring and measurement results'],
  },
  'internal-audit': {
    criteria: 'Audit programme covering every process in three years; independent auditors',
    kpis: [{ name: 'Audit programme completed', target: '100%', frequency: 'Yearly' }],
    resources: ['Internal auditors', 'Audit checklist'],
    risks: ['Auditors auditing their own work'],
    records: ['Audit programme', 'Audit reports'],
  },
  'management-review': {
    criteria: 'Review inputs of clause 9.3.2 covered; decisions with owners and dates',
    kpis: [{ name: 'Management reviews held', target: '≥ 1', frequency: 'Yearly' }],
    resources: ['Management board'],
    risks: ['Review reduced to a formality'],
    records: ['Management review minutes'],
  },
  improvement: {
    criteria: 'Root cause analysis for every nonconformity; effectiveness of actions checked',
    kpis: [{ name: 'Corrective actions closed on time', target: '≥ 90%', frequency: 'Monthly' }],
    resources: ['Corrective action log', 'Process owners'],
    risks: ['Same nonconformity found again'],
    records: ['Nonconformities and corrective actions'],
  },
};
