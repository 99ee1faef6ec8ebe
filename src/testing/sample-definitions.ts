import type { DefinitionsResponse } from '../model/lightfield-types';

/** A small org's raw opportunity definitions, in the shape Lightfield returns (extra keys included). */
export const sampleRawDefinitions: DefinitionsResponse = {
  objectType: 'opportunity',
  fieldDefinitions: {
    dealSource: {
      id: 'ad_src',
      slug: 'dealSource',
      label: 'Source',
      description: 'Where the deal came from',
      valueType: 'SINGLE_SELECT',
      typeConfiguration: {
        options: [
          { id: 'opt_inbound', label: 'Inbound', description: null },
          { id: 'opt_partner', label: 'Partner', description: 'Referred by a partner' },
        ],
      },
    },
    $name: {
      label: 'Name',
      description: null,
      valueType: 'TEXT',
      typeConfiguration: {},
      system: true,
    },
    $stage: {
      label: 'Stage',
      description: null,
      valueType: 'SINGLE_SELECT',
      typeConfiguration: {
        options: [
          { id: 'opt_qualify', label: 'Qualify' },
          { id: 'opt_propose', label: 'Propose' },
        ],
      },
    },
    $opportunityStatus: {
      label: 'Status',
      description: null,
      valueType: 'SINGLE_SELECT',
      readOnly: true,
      typeConfiguration: { options: [{ id: 'opt_open', label: 'Open' }] },
    },
    $amount: {
      label: 'Amount',
      description: null,
      valueType: 'CURRENCY',
      typeConfiguration: { currency: 'USD' },
    },
    seats: { label: 'Seats', description: null, valueType: 'NUMBER', typeConfiguration: {} },
    closeDate: {
      label: 'Close date',
      description: null,
      valueType: 'DATETIME',
      typeConfiguration: {},
    },
    pilot: { label: 'Pilot', description: null, valueType: 'CHECKBOX', typeConfiguration: {} },
    modules: {
      label: 'Modules',
      description: null,
      valueType: 'MULTI_SELECT',
      typeConfiguration: {
        options: [
          { id: 'opt_core', label: 'Core' },
          { id: 'opt_api', label: 'API' },
        ],
      },
    },
    billingEmail: {
      label: 'Billing email',
      description: null,
      valueType: 'EMAIL',
      typeConfiguration: { multipleValues: false },
    },
    ccEmails: {
      label: 'CC emails',
      description: null,
      valueType: 'EMAIL',
      typeConfiguration: { multipleValues: true },
    },
    phones: {
      label: 'Phones',
      description: null,
      valueType: 'TELEPHONE',
      typeConfiguration: { multipleValues: true },
    },
    site: { label: 'Site', description: null, valueType: 'ADDRESS', typeConfiguration: {} },
    sponsor: { label: 'Sponsor', description: null, valueType: 'FULL_NAME', typeConfiguration: {} },
    sponsorLinkedIn: {
      label: 'Sponsor LinkedIn',
      description: null,
      valueType: 'SOCIAL_HANDLE',
      typeConfiguration: { handleService: 'LINKEDIN' },
    },
    summary: {
      label: 'AI summary',
      description: null,
      valueType: 'MARKDOWN',
      readOnly: true,
      typeConfiguration: {},
    },
    preview: {
      label: 'Email preview',
      description: null,
      valueType: 'HTML',
      typeConfiguration: {},
    },
    future: {
      label: 'Future type',
      description: null,
      valueType: 'HOLOGRAM' as never,
      typeConfiguration: {},
    },
  },
  relationshipDefinitions: {
    $owner: { label: 'Owner', description: null, cardinality: 'HAS_ONE', objectType: 'member' },
    $account: {
      id: null,
      label: 'Account',
      description: null,
      cardinality: 'HAS_ONE',
      objectType: 'account',
    },
    $task: { label: 'Tasks', description: null, cardinality: 'HAS_MANY', objectType: 'task' },
    $note: { label: 'Notes', description: null, cardinality: 'HAS_MANY', objectType: 'note' },
    $meeting: {
      label: 'Meetings',
      description: null,
      cardinality: 'HAS_MANY',
      objectType: 'meeting',
    },
    partners: {
      label: 'Partners',
      description: null,
      cardinality: 'has_many' as never,
      objectType: 'account',
    },
  },
};

/**
 * An org with pipelines (API.md §19) and a second, unrelated dependent select: stage labels
 * repeat across pipelines, and `sites` (a MULTI_SELECT) hangs under `region`.
 */
export const pipelineRawDefinitions: DefinitionsResponse = {
  objectType: 'opportunity',
  fieldDefinitions: {
    $name: { label: 'Name', description: null, valueType: 'TEXT', typeConfiguration: {} },
    $stage: {
      label: 'Stage',
      description: null,
      valueType: 'SINGLE_SELECT',
      typeConfiguration: {
        parentFieldKey: '$pipeline',
        options: [
          { id: 'opt_new_qualify', label: 'Qualify', parentId: 'pd_new' },
          { id: 'opt_new_pilot', label: 'Pilot', parentId: 'pd_new' },
          { id: 'opt_ren_qualify', label: 'Qualify', parentId: 'pd_renewal' },
          { id: 'opt_ren_review', label: 'Usage review', parentId: 'pd_renewal' },
          { id: 'opt_par_qualify', label: 'Qualify', parentId: 'pd_partner' },
        ],
      },
    },
    $pipeline: {
      label: 'Sales pipeline',
      description: null,
      valueType: 'SINGLE_SELECT',
      typeConfiguration: {
        options: [
          { id: 'pd_new', label: 'New business' },
          { id: 'pd_renewal', label: 'Renewals' },
          { id: 'pd_partner', label: 'Partner resale' },
        ],
      },
    },
    sites: {
      label: 'Sites',
      description: null,
      valueType: 'MULTI_SELECT',
      typeConfiguration: {
        parentFieldKey: 'region',
        options: [
          { id: 'opt_oslo', label: 'Oslo', parentId: 'opt_emea' },
          { id: 'opt_lyon', label: 'Lyon', parentId: 'opt_emea' },
          { id: 'opt_austin', label: 'Austin', parentId: 'opt_amer' },
        ],
      },
    },
    region: {
      label: 'Region',
      description: null,
      valueType: 'SINGLE_SELECT',
      typeConfiguration: {
        options: [
          { id: 'opt_emea', label: 'EMEA' },
          { id: 'opt_amer', label: 'Americas' },
        ],
      },
    },
    notes: {
      label: 'Notes',
      description: null,
      valueType: 'TEXT',
      // Names a parent, but a text field has no options to narrow: an independent field.
      typeConfiguration: { parentFieldKey: 'region' },
    },
  },
  relationshipDefinitions: {
    $account: {
      label: 'Account',
      description: null,
      cardinality: 'HAS_ONE',
      objectType: 'account',
    },
  },
};
