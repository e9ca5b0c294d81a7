import { STARTER_AUDIT } from './starter-audit';
import type { Category, Process, ProcessMap } from './types';

/**
 * The map the editor opens on and `procmap init` writes: an ISMS after ISO/IEC 27001:2022,
 * clauses 4–10 and the common Annex A operations, as one connected map with its PDCA
 * loops (review → improvement → planning and operation again). Every input is produced
 * and every output consumed, so the analysis finds nothing to report.
 */

interface Definition {
  id: string;
  name: string;
  category?: Category;
  owner?: string;
  description: string;
  activities: string[];
  inputs: string[];
  outputs: string[];
  documentation?: string;
  references: string[];
}

const process = (d: Definition): Process => ({ ...d, kind: 'process', ...STARTER_AUDIT[d.id] });
const external = (d: Omit<Definition, 'category' | 'owner' | 'documentation'>): Process => ({
  ...d,
  kind: 'external',
});

const STARTER: ProcessMap = {
  procmap: 1,
  title: 'ISMS process map',
  organization: 'Example Ltd',
  revision: '0.1',
  owner: 'Chief Information Security Officer',
  approvedBy: 'Management board',
  classification: 'Internal',
  nextReview: '2027-06-30',
  revisions: [
    {
      revision: '0.1',
      date: '2026-12-01',
      author: 'Chief Information Security Officer',
      change: 'First draft from the ProcMap starter map',
    },
  ],
  layout: { direction: 'BANDS' },
  positions: {},
  processes: [
    external({
      id: 'interested-parties',
      name: 'Interested parties',
      description:
        'Customers, employees, shareholders and partners whose requirements the ISMS has to meet.',
      activities: [
        'State information security requirements',
        'Report security events and weaknesses',
      ],
      inputs: ['Information security policy', 'Breach notifications'],
      outputs: ['Requirements of interested parties', 'Security event reports'],
      references: ['4.2', 'A.6.8'],
    }),
    external({
      id: 'regulators',
      name: 'Regulators and authorities',
      description: 'Data protection authorities, sector regulators and national CERTs.',
      activities: [
        'Set legal and regulatory requirements',
        'Publish security advisories',
        'Receive breach notifications',
      ],
      inputs: ['Breach notifications'],
      outputs: ['Legal and regulatory requirements', 'Security advisories'],
      references: ['A.5.5', 'A.5.31'],
    }),
    external({
      id: 'suppliers',
      name: 'Suppliers and cloud providers',
      description:
        'Organisations that deliver ICT products and services and handle the organisation’s information.',
      activities: [
        'Meet agreed security requirements',
        'Report on service delivery',
        'Publish security advisories',
      ],
      inputs: ['Supplier security requirements'],
      outputs: ['Supplier performance reports', 'Security advisories'],
      references: ['A.5.19', 'A.5.22'],
    }),
    external({
      id: 'certification-body',
      name: 'Certification body',
      description: 'The accredited body that audits the ISMS against ISO/IEC 27001.',
      activities: [
        'Review the ISMS documentation',
        'Audit the ISMS on site',
        'Report findings and decide on certification',
      ],
      inputs: ['ISMS scope', 'Statement of Applicability', 'Controlled ISMS documentation'],
      outputs: ['Certification audit report'],
      references: [],
    }),
    process({
      id: 'context',
      name: 'Context of the organisation',
      category: 'management',
      owner: 'Chief Information Security Officer',
      description:
        'Determine the internal and external issues and the interested parties relevant to the ISMS, and their requirements.',
      activities: [
        'Analyse internal and external issues',
        'Identify interested parties and their requirements',
        'Decide which requirements the ISMS addresses',
      ],
      inputs: [
        'Requirements of interested parties',
        'Legal and regulatory requirements',
        'Management review decisions',
      ],
      outputs: ['Internal and external issues', 'Interested parties and requirements'],
      documentation: 'ISMS context analysis',
      references: ['4.1', '4.2', 'A.5.31'],
    }),
    process({
      id: 'isms-scope',
      name: 'ISMS scope',
      category: 'management',
      owner: 'Chief Information Security Officer',
      description:
        'Define the boundaries and applicability of the ISMS, including interfaces and dependencies.',
      activities: [
        'Set organisational, physical and technical boundaries',
        'Record interfaces with outside parties',
      ],
      inputs: ['Internal and external issues', 'Interested parties and requirements'],
      outputs: ['ISMS scope'],
      documentation: 'ISMS scope statement',
      references: ['4.3', '4.4'],
    }),
    process({
      id: 'leadership',
      name: 'Leadership and information security policy',
      category: 'management',
      owner: 'Top management',
      description:
        'Top management commits to the ISMS, sets the policy and assigns roles, responsibilities and risk acceptance criteria.',
      activities: [
        'Establish the information security policy',
        'Assign roles, responsibilities and authorities',
        'Set risk acceptance criteria',
        'Provide resources and direction',
      ],
      inputs: ['ISMS scope', 'Management review decisions'],
      outputs: [
        'Information security policy',
        'Roles and responsibilities',
        'Risk acceptance criteria',
      ],
      documentation: 'Information Security Policy',
      references: ['5.1', '5.2', '5.3', 'A.5.1', 'A.5.2'],
    }),
    process({
      id: 'risk-assessment',
      name: 'Risk assessment',
      category: 'core',
      owner: 'Risk manager',
      description:
        'Identify, analyse and evaluate information security risks at planned intervals and after significant changes.',
      activities: [
        'Identify risks to assets in scope',
        'Analyse likelihood and consequences',
        'Evaluate risks against the criteria',
      ],
      inputs: [
        'ISMS scope',
        'Internal and external issues',
        'Risk acceptance criteria',
        'Asset inventory',
        'Vulnerability reports',
        'Lessons learned from incidents',
      ],
      outputs: ['Risk register'],
      documentation: 'Risk Assessment Methodology',
      references: ['6.1.1', '6.1.2', '8.2'],
    }),
    process({
      id: 'risk-treatment',
      name: 'Risk treatment',
      category: 'core',
      owner: 'Risk manager',
      description:
        'Select treatment options and controls, compare them with Annex A and obtain the risk owners’ approval.',
      activities: [
        'Select risk treatment options',
        'Determine the necessary controls',
        'Produce the Statement of Applicability',
        'Obtain risk owners’ acceptance of residual risks',
      ],
      inputs: ['Risk register', 'Risk acceptance criteria'],
      outputs: ['Risk treatment plan', 'Statement of Applicability'],
      documentation: 'Risk Treatment Plan',
      references: ['6.1.3', '8.3'],
    }),
    process({
      id: 'objectives',
      name: 'Information security objectives',
      category: 'management',
      owner: 'Chief Information Security Officer',
      description:
        'Set measurable objectives consistent with the policy and plan how to achieve them.',
      activities: [
        'Set measurable objectives',
        'Plan actions, resources and deadlines',
        'Plan changes to the ISMS',
      ],
      inputs: ['Information security policy', 'Risk treatment plan'],
      outputs: ['Information security objectives'],
      documentation: 'ISMS objectives plan',
      references: ['6.2', '6.3'],
    }),
    process({
      id: 'competence',
      name: 'Resources, competence and awareness',
      category: 'support',
      owner: 'HR manager',
      description:
        'Provide resources, ensure competence, and make people aware of the policy and their contribution.',
      activities: [
        'Determine needed competence',
        'Train and raise awareness',
        'Communicate on information security',
      ],
      inputs: [
        'Information security objectives',
        'Roles and responsibilities',
        'Information security policy',
      ],
      outputs: ['Competence and awareness records'],
      documentation: 'Training and awareness programme',
      references: ['7.1', '7.2', '7.3', '7.4', 'A.6.3'],
    }),
    process({
      id: 'documented-information',
      name: 'Documented information control',
      category: 'support',
      owner: 'ISMS coordinator',
      description: 'Create, approve, publish and protect the documents and records the ISMS needs.',
      activities: [
        'Approve and version documents',
        'Distribute and protect documents',
        'Retain and dispose of records',
      ],
      inputs: [
        'Information security policy',
        'Statement of Applicability',
        'Business continuity plans',
      ],
      outputs: ['Controlled ISMS documentation'],
      documentation: 'Document control procedure',
      references: ['7.5', 'A.5.37'],
    }),
    process({
      id: 'operational-planning',
      name: 'Operational planning and control',
      category: 'core',
      owner: 'Head of IT operations',
      description:
        'Plan, implement and control the processes and controls that carry out the risk treatment plan.',
      activities: [
        'Implement the planned controls',
        'Set operating procedures',
        'Control planned changes and outsourced processes',
      ],
      inputs: [
        'Risk treatment plan',
        'Information security objectives',
        'Controlled ISMS documentation',
        'Corrective actions',
      ],
      outputs: ['Operating procedures and controls'],
      documentation: 'Operating procedures',
      references: ['8.1', 'A.5.37'],
    }),
    process({
      id: 'asset-management',
      name: 'Asset management',
      category: 'support',
      owner: 'IT manager',
      description:
        'Keep an inventory of information and associated assets with owners, classification and acceptable use.',
      activities: [
        'Maintain the asset inventory',
        'Assign asset owners',
        'Classify and label information',
      ],
      inputs: ['Operating procedures and controls', 'Change records'],
      outputs: ['Asset inventory'],
      documentation: 'Asset management procedure',
      references: ['A.5.9', 'A.5.10', 'A.5.11', 'A.5.12', 'A.5.13'],
    }),
    process({
      id: 'access-control',
      name: 'Access control',
      category: 'core',
      owner: 'IT manager',
      description:
        'Grant, review and revoke access to information and systems by business need and least privilege.',
      activities: [
        'Provision and revoke access',
        'Manage privileged access',
        'Review access rights',
      ],
      inputs: [
        'Operating procedures and controls',
        'Asset inventory',
        'Roles and responsibilities',
      ],
      outputs: ['Access review records'],
      documentation: 'Access control policy',
      references: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.2', 'A.8.5'],
    }),
    process({
      id: 'supplier-security',
      name: 'Supplier security',
      category: 'core',
      owner: 'Procurement manager',
      description: 'Agree security requirements with suppliers and monitor their delivery.',
      activities: [
        'Assess suppliers',
        'Agree security requirements in contracts',
        'Monitor and review supplier services',
      ],
      inputs: [
        'Operating procedures and controls',
        'Risk treatment plan',
        'Supplier performance reports',
      ],
      outputs: ['Supplier security requirements', 'Supplier review results'],
      documentation: 'Supplier security policy',
      references: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'],
    }),
    process({
      id: 'change-management',
      name: 'Change management',
      category: 'core',
      owner: 'Head of IT operations',
      description:
        'Assess, approve, carry out and record changes to information processing facilities and systems.',
      activities: [
        'Assess the security impact of changes',
        'Approve and schedule changes',
        'Record completed changes',
      ],
      inputs: ['Operating procedures and controls', 'Change requests'],
      outputs: ['Change records'],
      documentation: 'Change management procedure',
      references: ['A.8.32'],
    }),
    process({
      id: 'vulnerability-management',
      name: 'Vulnerability management',
      category: 'core',
      owner: 'Security operations lead',
      description: 'Find technical vulnerabilities, evaluate exposure and have them remediated.',
      activities: [
        'Scan systems and follow advisories',
        'Evaluate exposure',
        'Request remediation',
      ],
      inputs: ['Operating procedures and controls', 'Asset inventory', 'Security advisories'],
      outputs: ['Vulnerability reports', 'Change requests'],
      documentation: 'Vulnerability management procedure',
      references: ['A.5.7', 'A.8.8'],
    }),
    process({
      id: 'incident-management',
      name: 'Incident management',
      category: 'core',
      owner: 'Security operations lead',
      description:
        'Assess security events, respond to incidents, notify those concerned and learn from them.',
      activities: [
        'Assess and classify events',
        'Respond to and contain incidents',
        'Notify authorities and affected parties',
        'Learn from incidents',
      ],
      inputs: ['Operating procedures and controls', 'Security event reports'],
      outputs: ['Incident reports', 'Lessons learned from incidents', 'Breach notifications'],
      documentation: 'Incident response plan',
      references: ['A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.6.8'],
    }),
    process({
      id: 'business-continuity',
      name: 'Business continuity',
      category: 'core',
      owner: 'Business continuity manager',
      description: 'Keep information security and ICT services available through disruption.',
      activities: [
        'Analyse business impact',
        'Plan ICT readiness and continuity',
        'Exercise and test the plans',
      ],
      inputs: ['Operating procedures and controls', 'Risk register', 'Incident reports'],
      outputs: ['Business continuity plans', 'Continuity test results'],
      documentation: 'Business continuity plan',
      references: ['A.5.29', 'A.5.30'],
    }),
    process({
      id: 'monitoring',
      name: 'Monitoring, measurement, analysis and evaluation',
      category: 'management',
      owner: 'Chief Information Security Officer',
      description: 'Measure the performance and effectiveness of the ISMS against its objectives.',
      activities: [
        'Collect measurements',
        'Analyse and evaluate results',
        'Report on performance',
        'Raise nonconformities',
      ],
      inputs: [
        'Information security objectives',
        'Competence and awareness records',
        'Access review records',
        'Supplier review results',
        'Change records',
        'Vulnerability reports',
        'Incident reports',
        'Continuity test results',
      ],
      outputs: ['Performance evaluation results', 'Nonconformities'],
      documentation: 'ISMS measurement programme',
      references: ['9.1'],
    }),
    process({
      id: 'internal-audit',
      name: 'Internal audit',
      category: 'management',
      owner: 'Internal auditor',
      description:
        'Audit the ISMS at planned intervals against the standard and the organisation’s own requirements.',
      activities: ['Plan the audit programme', 'Conduct audits', 'Report findings'],
      inputs: ['ISMS scope', 'Controlled ISMS documentation'],
      outputs: ['Internal audit report', 'Nonconformities'],
      documentation: 'Internal audit programme',
      references: ['9.2', 'A.5.35'],
    }),
    process({
      id: 'management-review',
      name: 'Management review',
      category: 'management',
      owner: 'Top management',
      description:
        'Top management reviews the ISMS for its continuing suitability, adequacy and effectiveness.',
      activities: [
        'Review changes, performance and risks',
        'Decide on improvements and changes',
        'Allocate resources',
      ],
      inputs: [
        'Internal and external issues',
        'Risk register',
        'Performance evaluation results',
        'Internal audit report',
        'Certification audit report',
        'Status of corrective actions',
      ],
      outputs: ['Management review decisions'],
      documentation: 'Management review minutes',
      references: ['9.3'],
    }),
    process({
      id: 'improvement',
      name: 'Nonconformity, corrective action and improvement',
      category: 'management',
      owner: 'Chief Information Security Officer',
      description:
        'React to nonconformities, remove their causes and continually improve the ISMS.',
      activities: [
        'Correct nonconformities',
        'Analyse root causes',
        'Plan and track corrective actions',
      ],
      inputs: ['Nonconformities', 'Certification audit report', 'Management review decisions'],
      outputs: ['Corrective actions', 'Change requests', 'Status of corrective actions'],
      documentation: 'Corrective action log',
      references: ['10.1', '10.2'],
    }),
  ],
};

/**
 * The starter ISMS map: four externals and twenty processes that chain into one
 * connected map. A fresh copy on every call, so callers may change it.
 *
 * @example deriveModel(starterMap()).problems.length === 0
 */
export function starterMap(): ProcessMap {
  return structuredClone(STARTER);
}

/** An empty map to start from scratch. */
export function blankMap(): ProcessMap {
  return {
    procmap: 1,
    title: 'Untitled process map',
    layout: { direction: 'BANDS' },
    processes: [],
    positions: {},
  };
}
