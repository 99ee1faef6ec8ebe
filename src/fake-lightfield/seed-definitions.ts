import type {
  Cardinality,
  DefinitionsResponse,
  FieldDefinition,
  RelationshipDefinition,
  SelectOption,
  TypeConfiguration,
  ValueType,
} from '../model/lightfield-types';
import { stableId } from './stable-id';

// Definitions of the fictional seller "Brightwater Telemetry" (industrial sensor monitoring).
// Shapes follow the live API rather than the bare spec: `slug`/`system` are present and system
// relationships carry no `id`.

type DefinedObject = 'opportunity' | 'account' | 'contact' | 'task' | 'note';

interface FieldOptions {
  description?: string;
  readOnly?: boolean;
  typeConfiguration?: TypeConfiguration;
}

function field(
  objectType: DefinedObject,
  key: string,
  label: string,
  valueType: ValueType,
  options: FieldOptions = {},
): FieldDefinition {
  const definition: FieldDefinition = {
    id: stableId('ad', `${objectType}.${key}`),
    slug: key.replace(/^\$/, ''),
    label,
    description: options.description ?? null,
    valueType,
    system: key.startsWith('$'),
    typeConfiguration: options.typeConfiguration ?? {},
  };
  if (options.readOnly) definition.readOnly = true;
  return definition;
}

function selectOptions(
  objectType: DefinedObject,
  key: string,
  entries: ReadonlyArray<readonly [label: string, description?: string]>,
): SelectOption[] {
  return entries.map(([label, description]) => ({
    id: stableId('opt', `${objectType}.${key}.${label}`),
    label,
    description: description ?? null,
  }));
}

function relationship(
  objectType: DefinedObject,
  key: string,
  label: string,
  cardinality: Cardinality,
  target: string,
  options: { description?: string; slug?: string } = {},
): RelationshipDefinition {
  const system = key.startsWith('$');
  const definition: RelationshipDefinition = {
    slug: options.slug ?? key.replace(/^\$/, ''),
    label,
    description: options.description ?? null,
    cardinality,
    objectType: target,
  };
  return system ? definition : { id: stableId('rd', `${objectType}.${key}`), ...definition };
}

type StageEntry = readonly [label: string, description?: string];

/**
 * The org's pipelines (API.md §19), the first the default, with their stages. Labels repeat
 * across pipelines ("Qualify", "Proposal", "Negotiation"), as in a real org, so only ids are safe.
 */
const PIPELINES: ReadonlyArray<
  readonly [label: string, description: string, stages: StageEntry[]]
> = [
  [
    'New business',
    'A customer new to Brightwater',
    [
      ['Qualification', 'Budget, need and timeline not yet confirmed'],
      ['Discovery'],
      ['Site survey', 'Field engineer has walked the site'],
      ['Pilot', 'Sensors installed on a limited set of assets'],
      ['Proposal'],
      ['Negotiation'],
      ['Closed Won', 'Purchase order received'],
      ['Closed Lost', 'Customer chose not to proceed'],
    ],
  ],
  [
    'Renewals',
    'A subscription coming up for renewal or extension',
    [
      ['Qualify', 'Renewal date and decision maker confirmed'],
      ['Usage review', 'Sensor uptime and alerts reviewed with the customer'],
      ['Proposal'],
      ['Negotiation'],
      ['Renewal won', 'Renewal order received'],
      ['Renewal lost', 'The subscription lapses'],
    ],
  ],
  [
    'Partner resale',
    'An installer or integrator resells Brightwater sensors',
    [
      ['Qualify', 'The partner has registered the end customer'],
      ['Joint discovery'],
      ['Proposal'],
      ['Partner won', 'The partner placed the order'],
      ['Partner lost'],
    ],
  ],
];

const pipelineId = (label: string) => stableId('pd', `opportunity.$pipeline.${label}`);

function opportunityDefinitions(): DefinitionsResponse {
  const o = 'opportunity';
  return {
    objectType: o,
    fieldDefinitions: {
      $name: field(o, '$name', 'Name', 'TEXT'),
      $pipeline: field(o, '$pipeline', 'Sales pipeline', 'SINGLE_SELECT', {
        description: 'The sales process the deal follows; it decides the stages',
        typeConfiguration: {
          options: PIPELINES.map(([label, description]) => ({
            id: pipelineId(label),
            label,
            description,
          })),
        },
      }),
      $stage: field(o, '$stage', 'Stage', 'SINGLE_SELECT', {
        description: 'Where the deal sits in the Brightwater sales process',
        typeConfiguration: {
          parentFieldKey: '$pipeline',
          options: PIPELINES.flatMap(([pipeline, , stages], index) =>
            // The default pipeline's stages keep the ids they had before pipelines existed.
            selectOptions(o, index === 0 ? '$stage' : `$stage.${pipeline}`, stages).map(
              (option) => ({ ...option, parentId: pipelineId(pipeline) }),
            ),
          ),
        },
      }),
      $opportunityStatus: field(o, '$opportunityStatus', 'Status', 'SINGLE_SELECT', {
        description: 'Derived from the stage by Lightfield',
        readOnly: true,
        typeConfiguration: {
          options: selectOptions(o, '$opportunityStatus', [['Open'], ['Won'], ['Lost']]),
        },
      }),
      $amount: field(o, '$amount', 'Amount', 'CURRENCY', {
        description: 'Total contract value',
        typeConfiguration: { currency: 'USD' },
      }),
      sensorCount: field(o, 'sensorCount', 'Sensors quoted', 'NUMBER'),
      contractValueEur: field(o, 'contractValueEur', 'Contract value (EUR)', 'CURRENCY', {
        description: 'For deals invoiced by the Rotterdam entity',
        typeConfiguration: { currency: 'EUR' },
      }),
      targetGoLive: field(o, 'targetGoLive', 'Target go-live', 'DATETIME'),
      primaryUseCase: field(o, 'primaryUseCase', 'Primary use case', 'TEXT'),
      onPremGateway: field(o, 'onPremGateway', 'On-prem gateway required', 'CHECKBOX'),
      contractTerm: field(o, 'contractTerm', 'Contract term', 'SINGLE_SELECT', {
        typeConfiguration: {
          options: selectOptions(o, 'contractTerm', [
            ['12 months', 'Standard annual subscription'],
            ['24 months'],
            ['36 months', 'Includes one free sensor refresh'],
            ['Custom', 'Needs deal desk approval'],
          ]),
        },
      }),
      sensorFamilies: field(o, 'sensorFamilies', 'Sensor families', 'MULTI_SELECT', {
        typeConfiguration: {
          options: selectOptions(o, 'sensorFamilies', [
            ['Vibration'],
            ['Flow'],
            ['Temperature'],
            ['Pressure'],
            ['Acoustic leak', 'Hydrophone-based, water networks only'],
          ]),
        },
      }),
      invoiceEmail: field(o, 'invoiceEmail', 'Invoice email', 'EMAIL', {
        typeConfiguration: { unique: false, multipleValues: false },
      }),
      stakeholderEmails: field(o, 'stakeholderEmails', 'Stakeholder emails', 'EMAIL', {
        typeConfiguration: { unique: false, multipleValues: true },
      }),
      sitePhones: field(o, 'sitePhones', 'Site phones', 'TELEPHONE', {
        typeConfiguration: { unique: false, multipleValues: true },
      }),
      escalationPhone: field(o, 'escalationPhone', 'Escalation phone', 'TELEPHONE', {
        typeConfiguration: { unique: false, multipleValues: false },
      }),
      rfpLink: field(o, 'rfpLink', 'RFP link', 'URL', {
        typeConfiguration: { unique: false, multipleValues: false },
      }),
      referenceLinks: field(o, 'referenceLinks', 'Reference links', 'URL', {
        typeConfiguration: { unique: false, multipleValues: true },
      }),
      installSite: field(o, 'installSite', 'Install site', 'ADDRESS'),
      signatory: field(o, 'signatory', 'Contract signatory', 'FULL_NAME'),
      signatoryLinkedIn: field(o, 'signatoryLinkedIn', 'Signatory LinkedIn', 'SOCIAL_HANDLE', {
        typeConfiguration: { handleService: 'LINKEDIN' },
      }),
      discoveryNotes: field(o, 'discoveryNotes', 'Discovery notes', 'MARKDOWN'),
      aiSummary: field(o, 'aiSummary', 'AI deal summary', 'MARKDOWN', {
        description: 'Written by Lightfield after each interaction',
        readOnly: true,
      }),
      'fit-score': field(o, 'fit-score', 'Fit score', 'NUMBER', {
        description: 'Computed 0-100 fit against the ideal customer profile',
        readOnly: true,
      }),
      lastEmailHtml: field(o, 'lastEmailHtml', 'Last email', 'HTML'),
    },
    relationshipDefinitions: {
      $account: relationship(o, '$account', 'Account', 'HAS_ONE', 'account', {
        description: 'Company buying the sensors',
      }),
      $owner: relationship(o, '$owner', 'Owner', 'HAS_ONE', 'member'),
      $createdBy: relationship(o, '$createdBy', 'Created by', 'HAS_ONE', 'member'),
      $champion: relationship(o, '$champion', 'Champion', 'HAS_ONE', 'contact'),
      $evaluator: relationship(o, '$evaluator', 'Evaluator', 'HAS_ONE', 'contact', {
        description: 'Runs the pilot on the customer side',
      }),
      $task: relationship(o, '$task', 'Tasks', 'HAS_MANY', 'task'),
      $note: relationship(o, '$note', 'Notes', 'HAS_MANY', 'note'),
      $meeting: relationship(o, '$meeting', 'Meetings', 'HAS_MANY', 'meeting'),
      implementationPartners: relationship(
        o,
        'implementationPartners',
        'Implementation partners',
        'HAS_MANY',
        'account',
        { description: 'Installers or integrators on the deal' },
      ),
    },
  };
}

function accountDefinitions(): DefinitionsResponse {
  const a = 'account';
  return {
    objectType: a,
    fieldDefinitions: {
      $name: field(a, '$name', 'Name', 'TEXT'),
      $website: field(a, '$website', 'Website', 'URL', {
        typeConfiguration: { unique: true, multipleValues: true },
      }),
      $industry: field(a, '$industry', 'Industry', 'MULTI_SELECT', {
        typeConfiguration: {
          options: selectOptions(a, '$industry', [
            ['Utilities'],
            ['Energy'],
            ['Manufacturing'],
            ['Logistics'],
            ['Food & Beverage'],
            ['Healthcare'],
            ['Public sector'],
            ['Mining & Materials'],
            ['Technology'],
          ]),
        },
      }),
      $headcount: field(a, '$headcount', 'Headcount', 'SINGLE_SELECT', {
        typeConfiguration: {
          options: selectOptions(a, '$headcount', [
            ['1-50'],
            ['51-200'],
            ['201-1000'],
            ['1001-5000'],
            ['5000+'],
          ]),
        },
      }),
      $lastFundingType: field(a, '$lastFundingType', 'Last funding type', 'SINGLE_SELECT', {
        typeConfiguration: {
          options: selectOptions(a, '$lastFundingType', [
            ['Bootstrapped'],
            ['Seed'],
            ['Series A'],
            ['Series B+'],
            ['Private equity'],
            ['Public'],
          ]),
        },
      }),
      $linkedIn: field(a, '$linkedIn', 'LinkedIn', 'SOCIAL_HANDLE', {
        typeConfiguration: { handleService: 'LINKEDIN' },
      }),
      $twitter: field(a, '$twitter', 'X (Twitter)', 'SOCIAL_HANDLE', {
        typeConfiguration: { handleService: 'TWITTER' },
      }),
      $facebook: field(a, '$facebook', 'Facebook', 'SOCIAL_HANDLE', {
        typeConfiguration: { handleService: 'FACEBOOK' },
      }),
      $instagram: field(a, '$instagram', 'Instagram', 'SOCIAL_HANDLE', {
        typeConfiguration: { handleService: 'INSTAGRAM' },
      }),
      $primaryAddress: field(a, '$primaryAddress', 'Primary address', 'ADDRESS'),
      $howTheyMakeMoney: field(a, '$howTheyMakeMoney', 'How they make money', 'MARKDOWN', {
        description: 'Written by Lightfield enrichment',
        readOnly: true,
      }),
      $accountStatus: field(a, '$accountStatus', 'Account status', 'SINGLE_SELECT', {
        readOnly: true,
        typeConfiguration: {
          options: selectOptions(a, '$accountStatus', [
            ['Prospect'],
            ['Customer'],
            ['Former customer'],
          ]),
        },
      }),
      territory: field(a, 'territory', 'Territory', 'SINGLE_SELECT', {
        typeConfiguration: {
          options: selectOptions(a, 'territory', [
            ['North America East'],
            ['North America West'],
            ['EMEA', 'Served from Rotterdam'],
            ['APAC'],
            ['LATAM'],
          ]),
        },
      }),
    },
    relationshipDefinitions: {
      $owner: relationship(a, '$owner', 'Owner', 'HAS_ONE', 'member'),
      $contact: relationship(a, '$contact', 'Contacts', 'HAS_MANY', 'contact'),
      $opportunity: relationship(a, '$opportunity', 'Opportunities', 'HAS_MANY', 'opportunity'),
      $task: relationship(a, '$task', 'Tasks', 'HAS_MANY', 'task'),
      $note: relationship(a, '$note', 'Notes', 'HAS_MANY', 'note'),
      $meeting: relationship(a, '$meeting', 'Meetings', 'HAS_MANY', 'meeting'),
    },
  };
}

function contactDefinitions(): DefinitionsResponse {
  const c = 'contact';
  return {
    objectType: c,
    fieldDefinitions: {
      $name: field(c, '$name', 'Name', 'FULL_NAME'),
      $email: field(c, '$email', 'Email', 'EMAIL', {
        typeConfiguration: { unique: true, multipleValues: true },
      }),
      $title: field(c, '$title', 'Title', 'TEXT'),
      $phone: field(c, '$phone', 'Phone', 'TELEPHONE', {
        typeConfiguration: { unique: false, multipleValues: true },
      }),
      $profilePhotoUrl: field(c, '$profilePhotoUrl', 'Profile photo', 'URL', {
        typeConfiguration: { unique: false, multipleValues: false },
      }),
    },
    relationshipDefinitions: {
      // The slug is what relationship filters use (`$account-contact[contains]=acc_…`).
      $account: relationship(c, '$account', 'Accounts', 'HAS_MANY', 'account', {
        slug: '$account-contact',
      }),
    },
  };
}

/** Tasks as `GET /v1/tasks/definitions` describes them (API.md §17): system fields only. */
function taskDefinitions(): DefinitionsResponse {
  const t = 'task';
  return {
    objectType: 'task',
    fieldDefinitions: {
      $title: field(t, '$title', 'Title', 'TEXT'),
      // The option ids are the plain strings a create sends; the labels are for people.
      $status: field(t, '$status', 'Status', 'SINGLE_SELECT', {
        typeConfiguration: {
          options: [
            { id: 'TODO', label: 'To do', description: null },
            { id: 'IN_PROGRESS', label: 'In progress', description: null },
            { id: 'COMPLETE', label: 'Complete', description: null },
            { id: 'CANCELLED', label: 'Cancelled', description: null },
          ],
        },
      }),
      $description: field(t, '$description', 'Description', 'MARKDOWN'),
      $dueAt: field(t, '$dueAt', 'Due', 'DATETIME'),
    },
    relationshipDefinitions: {
      $assignedTo: relationship(t, '$assignedTo', 'Assigned to', 'HAS_ONE', 'member'),
      $opportunity: relationship(t, '$opportunity', 'Opportunity', 'HAS_MANY', 'opportunity'),
      $account: relationship(t, '$account', 'Account', 'HAS_MANY', 'account'),
      $createdBy: relationship(t, '$createdBy', 'Created by', 'HAS_ONE', 'member'),
      $note: relationship(t, '$note', 'Notes', 'HAS_MANY', 'note'),
    },
  };
}

function noteDefinitions(): DefinitionsResponse {
  const n = 'note';
  return {
    objectType: 'note',
    fieldDefinitions: {
      $title: field(n, '$title', 'Title', 'TEXT'),
      $content: field(n, '$content', 'Content', 'MARKDOWN'),
    },
    relationshipDefinitions: {
      $account: relationship(n, '$account', 'Accounts', 'HAS_MANY', 'account'),
      $opportunity: relationship(n, '$opportunity', 'Opportunities', 'HAS_MANY', 'opportunity'),
    },
  };
}

export interface SeedDefinitions {
  opportunity: DefinitionsResponse;
  account: DefinitionsResponse;
  contact: DefinitionsResponse;
  task: DefinitionsResponse;
  note: DefinitionsResponse;
}

export function createSeedDefinitions(): SeedDefinitions {
  return {
    opportunity: opportunityDefinitions(),
    account: accountDefinitions(),
    contact: contactDefinitions(),
    task: taskDefinitions(),
    note: noteDefinitions(),
  };
}

/** The id of the stage labelled `stage` in the pipeline labelled `pipeline`; throws if none. */
export function stageIdIn(
  definitions: DefinitionsResponse,
  pipeline: string,
  stage: string,
): string {
  const pipelineOption = optionIdByLabel(definitions, '$pipeline', pipeline);
  const option = definitions.fieldDefinitions.$stage?.typeConfiguration.options?.find(
    (candidate) => candidate.parentId === pipelineOption && candidate.label === stage,
  );
  if (!option) throw new Error(`No stage '${stage}' in the pipeline '${pipeline}'`);
  return option.id;
}

/**
 * Option ID of a select field by label: the first option so labelled (for `$stage`, the default
 * pipeline's stage when it has one); throws so a typo in a test fails loudly.
 */
export function optionIdByLabel(
  definitions: DefinitionsResponse,
  fieldKey: string,
  label: string,
): string {
  const option = definitions.fieldDefinitions[fieldKey]?.typeConfiguration.options?.find(
    (candidate) => candidate.label.toLowerCase() === label.toLowerCase(),
  );
  if (!option) throw new Error(`No option '${label}' on ${definitions.objectType}.${fieldKey}`);
  return option.id;
}
