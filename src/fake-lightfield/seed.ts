import { shapeMember, shapeRecord, type ObjectType, type StoredRecord } from './record-shape';
import {
  createSeedDefinitions,
  optionIdByLabel,
  stageIdIn,
  type SeedDefinitions,
} from './seed-definitions';
import { stableId } from './stable-id';

// Seed org: "Brightwater Telemetry" sells industrial sensor monitoring to utilities, plants and
// ports. Account names come in prefix clusters (Nor…/North…/Northbridge…, Sol…, Cas…, Mer…, Al…)
// so prefix search in the account picker has something to chew on. Everything is deterministic.

const SELLER_DOMAIN = 'brightwater-telemetry.com';

export interface FakeSeed {
  definitions: SeedDefinitions;
  records: Record<ObjectType, StoredRecord[]>;
}

interface AccountRow {
  name: string;
  domain: string;
  city: string;
  state: string | null;
  country: string;
  industries: readonly string[];
  headcount: string;
  territory: string;
}

const NA_EAST = 'North America East';
const NA_WEST = 'North America West';

// prettier-ignore
const ACCOUNT_ROWS: readonly AccountRow[] = [
  { name: 'Norvale Energy', domain: 'norvale-energy.com', city: 'Pittsburgh', state: 'PA', country: 'US', industries: ['Energy', 'Utilities'], headcount: '1001-5000', territory: NA_EAST },
  { name: 'Norvale Energy Storage', domain: 'norvalestorage.com', city: 'Austin', state: 'TX', country: 'US', industries: ['Energy'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Nordhavn Shipping', domain: 'nordhavn-shipping.dk', city: 'Copenhagen', state: null, country: 'DK', industries: ['Logistics'], headcount: '1001-5000', territory: 'EMEA' },
  { name: 'Nordkapp Seafood', domain: 'nordkapp-seafood.no', city: 'Tromsø', state: null, country: 'NO', industries: ['Food & Beverage'], headcount: '201-1000', territory: 'EMEA' },
  { name: 'Nordic Coldchain', domain: 'nordiccoldchain.se', city: 'Gothenburg', state: null, country: 'SE', industries: ['Logistics', 'Food & Beverage'], headcount: '201-1000', territory: 'EMEA' },
  { name: 'Norrland Timber', domain: 'norrlandtimber.se', city: 'Umeå', state: null, country: 'SE', industries: ['Manufacturing'], headcount: '51-200', territory: 'EMEA' },
  { name: 'Norris Valley Utilities', domain: 'norrisvalleyutilities.org', city: 'Knoxville', state: 'TN', country: 'US', industries: ['Utilities', 'Public sector'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Northbridge Water District', domain: 'northbridgewater.org', city: 'Northbridge', state: 'MA', country: 'US', industries: ['Utilities', 'Public sector'], headcount: '51-200', territory: NA_EAST },
  { name: 'Northbridge Metals', domain: 'northbridgemetals.com', city: 'Cleveland', state: 'OH', country: 'US', industries: ['Manufacturing', 'Mining & Materials'], headcount: '1001-5000', territory: NA_EAST },
  { name: 'Northbridge Medical Center', domain: 'northbridgemedical.org', city: 'Worcester', state: 'MA', country: 'US', industries: ['Healthcare'], headcount: '1001-5000', territory: NA_EAST },
  { name: 'Northbridge Cold Storage', domain: 'northbridgecold.com', city: 'Providence', state: 'RI', country: 'US', industries: ['Logistics', 'Food & Beverage'], headcount: '51-200', territory: NA_EAST },
  { name: 'Northgate Rail Services', domain: 'northgaterail.co.uk', city: 'Leeds', state: null, country: 'GB', industries: ['Logistics'], headcount: '1001-5000', territory: 'EMEA' },
  { name: 'Northgate Logistics', domain: 'northgate-logistics.com', city: 'Columbus', state: 'OH', country: 'US', industries: ['Logistics'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Northern Lights Hydro', domain: 'northernlightshydro.ca', city: 'Winnipeg', state: 'MB', country: 'CA', industries: ['Energy', 'Utilities'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Northstar Foundry', domain: 'northstarfoundry.com', city: 'Milwaukee', state: 'WI', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Northstar Foundry Europe', domain: 'northstarfoundry.eu', city: 'Rotterdam', state: null, country: 'NL', industries: ['Manufacturing'], headcount: '51-200', territory: 'EMEA' },
  { name: 'Norwood Paper Mills', domain: 'norwoodpaper.com', city: 'Green Bay', state: 'WI', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Solano Agritech', domain: 'solanoagritech.com', city: 'Fairfield', state: 'CA', country: 'US', industries: ['Food & Beverage', 'Technology'], headcount: '51-200', territory: NA_WEST },
  { name: 'Solara Grid', domain: 'solaragrid.com', city: 'Phoenix', state: 'AZ', country: 'US', industries: ['Energy'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Solara Grid Storage', domain: 'solaragridstorage.com', city: 'Tucson', state: 'AZ', country: 'US', industries: ['Energy'], headcount: '51-200', territory: NA_WEST },
  { name: 'Solstice Packaging', domain: 'solsticepackaging.com', city: 'Atlanta', state: 'GA', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Solway Chemicals', domain: 'solwaychem.co.uk', city: 'Carlisle', state: null, country: 'GB', industries: ['Manufacturing', 'Mining & Materials'], headcount: '201-1000', territory: 'EMEA' },
  { name: 'Cascade Mills', domain: 'cascademills.com', city: 'Tacoma', state: 'WA', country: 'US', industries: ['Manufacturing'], headcount: '1001-5000', territory: NA_WEST },
  { name: 'Cascade Mills Paper', domain: 'cascademillspaper.com', city: 'Longview', state: 'WA', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Cascadia Transit Authority', domain: 'cascadiatransit.org', city: 'Portland', state: 'OR', country: 'US', industries: ['Public sector', 'Logistics'], headcount: '1001-5000', territory: NA_WEST },
  { name: 'Castell Brewing', domain: 'castellbrewing.com', city: 'Asheville', state: 'NC', country: 'US', industries: ['Food & Beverage'], headcount: '51-200', territory: NA_EAST },
  { name: 'Castlerock Mining', domain: 'castlerockmining.com.au', city: 'Perth', state: 'WA', country: 'AU', industries: ['Mining & Materials'], headcount: '1001-5000', territory: 'APAC' },
  { name: 'Meridian Cold Storage', domain: 'meridiancold.com', city: 'Savannah', state: 'GA', country: 'US', industries: ['Logistics', 'Food & Beverage'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Meridian Ports', domain: 'meridianports.com', city: 'Long Beach', state: 'CA', country: 'US', industries: ['Logistics'], headcount: '1001-5000', territory: NA_WEST },
  { name: 'Meridian Ports Authority', domain: 'meridianports.org', city: 'Mobile', state: 'AL', country: 'US', industries: ['Logistics', 'Public sector'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Merritt Pharmaceuticals', domain: 'merrittpharma.com', city: 'Raleigh', state: 'NC', country: 'US', industries: ['Healthcare', 'Manufacturing'], headcount: '1001-5000', territory: NA_EAST },
  { name: 'Mercer Waterworks', domain: 'mercerwaterworks.org', city: 'Trenton', state: 'NJ', country: 'US', industries: ['Utilities', 'Public sector'], headcount: '51-200', territory: NA_EAST },
  { name: 'Alder Creek Dairy', domain: 'aldercreekdairy.com', city: 'Twin Falls', state: 'ID', country: 'US', industries: ['Food & Beverage'], headcount: '51-200', territory: NA_WEST },
  { name: 'Alderney Wind', domain: 'alderneywind.co.uk', city: 'Southampton', state: null, country: 'GB', industries: ['Energy'], headcount: '51-200', territory: 'EMEA' },
  { name: 'Alpine Resin', domain: 'alpineresin.ch', city: 'Basel', state: null, country: 'CH', industries: ['Manufacturing'], headcount: '201-1000', territory: 'EMEA' },
  { name: 'Altamira Cement', domain: 'altamiracement.mx', city: 'Monterrey', state: 'NL', country: 'MX', industries: ['Mining & Materials', 'Manufacturing'], headcount: '1001-5000', territory: 'LATAM' },
  { name: 'Altus Aerospace', domain: 'altusaero.com', city: 'Wichita', state: 'KS', country: 'US', industries: ['Manufacturing', 'Technology'], headcount: '1001-5000', territory: NA_WEST },
  { name: 'Bluefin Aquaculture', domain: 'bluefinaqua.com', city: 'Halifax', state: 'NS', country: 'CA', industries: ['Food & Beverage'], headcount: '51-200', territory: NA_EAST },
  { name: 'Bramble & Finch Foods', domain: 'brambleandfinch.com', city: 'Des Moines', state: 'IA', country: 'US', industries: ['Food & Beverage', 'Manufacturing'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Cedar Point Hospital Group', domain: 'cedarpointhealth.org', city: 'Toledo', state: 'OH', country: 'US', industries: ['Healthcare'], headcount: '5000+', territory: NA_EAST },
  { name: 'Dunmore Steel', domain: 'dunmoresteel.com', city: 'Scranton', state: 'PA', country: 'US', industries: ['Manufacturing', 'Mining & Materials'], headcount: '1001-5000', territory: NA_EAST },
  { name: 'Eastfield Grain Cooperative', domain: 'eastfieldgrain.coop', city: 'Fargo', state: 'ND', country: 'US', industries: ['Food & Beverage'], headcount: '51-200', territory: NA_WEST },
  { name: 'Everline Elevators', domain: 'everline-elevators.com', city: 'Chicago', state: 'IL', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Fairhaven Port Authority', domain: 'fairhavenport.org', city: 'Fairhaven', state: 'MA', country: 'US', industries: ['Logistics', 'Public sector'], headcount: '51-200', territory: NA_EAST },
  { name: 'Granite Peak Quarries', domain: 'granitepeakquarries.com', city: 'Barre', state: 'VT', country: 'US', industries: ['Mining & Materials'], headcount: '51-200', territory: NA_EAST },
  { name: 'Harbor & Vine Beverages', domain: 'harborandvine.com', city: 'Napa', state: 'CA', country: 'US', industries: ['Food & Beverage'], headcount: '51-200', territory: NA_WEST },
  { name: 'Ironbridge Fabrication', domain: 'ironbridgefab.co.uk', city: 'Telford', state: null, country: 'GB', industries: ['Manufacturing'], headcount: '51-200', territory: 'EMEA' },
  { name: 'Juniper Data Centers', domain: 'juniperdc.com', city: 'Reno', state: 'NV', country: 'US', industries: ['Technology'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Kestrel Mobility', domain: 'kestrelmobility.de', city: 'Munich', state: 'BY', country: 'DE', industries: ['Technology', 'Logistics'], headcount: '201-1000', territory: 'EMEA' },
  { name: 'Lakeshore Paper', domain: 'lakeshorepaper.com', city: 'Duluth', state: 'MN', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Larkspur Biologics', domain: 'larkspurbio.com', city: 'Cambridge', state: 'MA', country: 'US', industries: ['Healthcare'], headcount: '51-200', territory: NA_EAST },
  { name: 'Marlow Textiles', domain: 'marlowtextiles.com', city: 'Greenville', state: 'SC', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Oakridge Semiconductors', domain: 'oakridgesemi.com', city: 'Boise', state: 'ID', country: 'US', industries: ['Technology', 'Manufacturing'], headcount: '5000+', territory: NA_WEST },
  { name: 'Pinecrest Utilities', domain: 'pinecrestutilities.com', city: 'Flagstaff', state: 'AZ', country: 'US', industries: ['Utilities'], headcount: '51-200', territory: NA_WEST },
  { name: 'Quarry Hill Aggregates', domain: 'quarryhillaggregates.com', city: 'Allentown', state: 'PA', country: 'US', industries: ['Mining & Materials'], headcount: '51-200', territory: NA_EAST },
  { name: 'Redwater Refining', domain: 'redwaterrefining.ca', city: 'Edmonton', state: 'AB', country: 'CA', industries: ['Energy', 'Manufacturing'], headcount: '1001-5000', territory: NA_WEST },
  { name: 'Riverbend Municipal Water', domain: 'riverbendwater.org', city: 'Dubuque', state: 'IA', country: 'US', industries: ['Utilities', 'Public sector'], headcount: '51-200', territory: NA_WEST },
  { name: 'Saltmarsh Seafood', domain: 'saltmarshseafood.com', city: 'Portland', state: 'ME', country: 'US', industries: ['Food & Beverage'], headcount: '51-200', territory: NA_EAST },
  { name: 'Tidewater Terminals', domain: 'tidewaterterminals.com', city: 'Norfolk', state: 'VA', country: 'US', industries: ['Logistics'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Tamarack Lumber', domain: 'tamaracklumber.com', city: 'Missoula', state: 'MT', country: 'US', industries: ['Manufacturing'], headcount: '51-200', territory: NA_WEST },
  { name: 'Umber Ceramics', domain: 'umberceramics.it', city: 'Sassuolo', state: 'MO', country: 'IT', industries: ['Manufacturing'], headcount: '201-1000', territory: 'EMEA' },
  { name: 'Valley Forge Castings', domain: 'valleyforgecastings.com', city: 'Reading', state: 'PA', country: 'US', industries: ['Manufacturing'], headcount: '201-1000', territory: NA_EAST },
  { name: 'Westbrook Hydro', domain: 'westbrookhydro.com', city: 'Spokane', state: 'WA', country: 'US', industries: ['Energy', 'Utilities'], headcount: '201-1000', territory: NA_WEST },
  { name: 'Willowmere Farms', domain: 'willowmerefarms.com', city: 'Lancaster', state: 'PA', country: 'US', industries: ['Food & Beverage'], headcount: '1-50', territory: NA_EAST },
  { name: 'Yarrow Labs', domain: 'yarrowlabs.io', city: 'Boulder', state: 'CO', country: 'US', industries: ['Technology'], headcount: '1-50', territory: NA_WEST },
  { name: 'Zephyr Turbines', domain: 'zephyrturbines.dk', city: 'Aarhus', state: null, country: 'DK', industries: ['Energy', 'Manufacturing'], headcount: '1001-5000', territory: 'EMEA' },
];

interface MemberRow {
  firstName: string;
  lastName: string | null;
  role: 'ADMIN' | 'MEMBER';
}

// One member deliberately has no last name: pickers must fall back gracefully.
const MEMBER_ROWS: readonly MemberRow[] = [
  { firstName: 'Maya', lastName: 'Lindqvist', role: 'ADMIN' },
  { firstName: 'Tomás', lastName: 'Ferreira', role: 'MEMBER' },
  { firstName: 'Aisha', lastName: 'Rahman', role: 'MEMBER' },
  { firstName: 'Jonas', lastName: 'Becker', role: 'ADMIN' },
  { firstName: 'Keiko', lastName: 'Tanaka', role: 'MEMBER' },
  { firstName: 'Owen', lastName: 'Gallagher', role: 'MEMBER' },
  { firstName: 'Lucía', lastName: 'Moreno', role: 'MEMBER' },
  { firstName: 'Samuel', lastName: 'Osei', role: 'MEMBER' },
  { firstName: 'Hannah', lastName: 'Kowalski', role: 'MEMBER' },
  { firstName: 'Rafael', lastName: null, role: 'MEMBER' },
];

interface ContactRow {
  firstName: string;
  lastName: string;
  title: string;
  account: string;
  extraEmail?: string;
  phone?: string;
}

// prettier-ignore
const CONTACT_ROWS: readonly ContactRow[] = [
  { firstName: 'Ingrid', lastName: 'Halvorsen', title: 'Director of Operations', account: 'Northbridge Water District', phone: '+15085550142' },
  { firstName: 'Theo', lastName: 'Delgado', title: 'SCADA Engineer', account: 'Northbridge Water District', extraEmail: 'scada' },
  { firstName: 'Priscilla', lastName: 'Vance', title: 'Plant Manager', account: 'Northbridge Metals' },
  { firstName: 'Gareth', lastName: 'Pryce', title: 'Facilities Director', account: 'Northbridge Medical Center' },
  { firstName: 'Lena', lastName: 'Fischer', title: 'VP Operations', account: 'Northbridge Cold Storage' },
  { firstName: 'Daniel', lastName: 'Okonkwo', title: 'Head of Grid Operations', account: 'Norvale Energy', phone: '+14125550187' },
  { firstName: 'Danika', lastName: 'Shore', title: 'Procurement Lead', account: 'Norvale Energy', extraEmail: 'procurement' },
  { firstName: 'Daniela', lastName: 'Ruiz', title: 'CTO', account: 'Norvale Energy Storage' },
  { firstName: 'Mads', lastName: 'Kristensen', title: 'Fleet Engineering Manager', account: 'Nordhavn Shipping' },
  { firstName: 'Sigrid', lastName: 'Berg', title: 'Quality Manager', account: 'Nordkapp Seafood' },
  { firstName: 'Erik', lastName: 'Lund', title: 'Head of IT', account: 'Nordic Coldchain' },
  { firstName: 'Annika', lastName: 'Sjöberg', title: 'Sawmill Manager', account: 'Norrland Timber' },
  { firstName: 'Carl', lastName: 'Whitaker', title: 'General Manager', account: 'Norris Valley Utilities' },
  { firstName: 'Rosa', lastName: 'Jimenez', title: 'Asset Management Lead', account: 'Norris Valley Utilities' },
  { firstName: 'Fiona', lastName: 'McAllister', title: 'Maintenance Director', account: 'Northgate Rail Services' },
  { firstName: 'Jamal', lastName: 'Carter', title: 'VP Warehousing', account: 'Northgate Logistics' },
  { firstName: 'Claire', lastName: 'Tremblay', title: 'Reliability Engineer', account: 'Northern Lights Hydro' },
  { firstName: 'Victor', lastName: 'Nowak', title: 'Plant Director', account: 'Northstar Foundry' },
  { firstName: 'Grace', lastName: 'Holloway', title: 'EHS Manager', account: 'Northstar Foundry' },
  { firstName: 'Pieter', lastName: 'de Vries', title: 'Operations Manager', account: 'Northstar Foundry Europe' },
  { firstName: 'Hank', lastName: 'Sorensen', title: 'Maintenance Manager', account: 'Norwood Paper Mills' },
  { firstName: 'Marisol', lastName: 'Vega', title: 'COO', account: 'Solano Agritech' },
  { firstName: 'Ethan', lastName: 'Brooks', title: 'Director of Asset Performance', account: 'Solara Grid' },
  { firstName: 'Nadia', lastName: 'Haddad', title: 'Battery Systems Lead', account: 'Solara Grid Storage' },
  { firstName: 'Brian', lastName: 'Kim', title: 'Plant Engineer', account: 'Solstice Packaging' },
  { firstName: 'Imogen', lastName: 'Clarke', title: 'Process Safety Lead', account: 'Solway Chemicals' },
  { firstName: 'Logan', lastName: 'Pierce', title: 'Reliability Manager', account: 'Cascade Mills' },
  { firstName: 'Harper', lastName: 'Quinn', title: 'Mill Manager', account: 'Cascade Mills Paper' },
  { firstName: 'Tobias', lastName: 'Grant', title: 'Fleet Maintenance Director', account: 'Cascadia Transit Authority' },
  { firstName: 'Olivia', lastName: 'Castell', title: 'Co-founder', account: 'Castell Brewing' },
  { firstName: 'Liam', lastName: "O'Rourke", title: 'Site Superintendent', account: 'Castlerock Mining' },
  { firstName: 'Zoe', lastName: 'Patel', title: 'Facilities Manager', account: 'Meridian Cold Storage' },
  { firstName: 'Andre', lastName: 'Baptiste', title: 'Terminal Operations Manager', account: 'Meridian Ports' },
  { firstName: 'Helen', lastName: 'Park', title: 'Chief Engineer', account: 'Meridian Ports Authority' },
  { firstName: 'Samuel', lastName: 'Adeyemi', title: 'Validation Manager', account: 'Merritt Pharmaceuticals' },
  { firstName: 'Julia', lastName: 'Moretti', title: 'Superintendent', account: 'Mercer Waterworks' },
  { firstName: 'Caleb', lastName: 'Jensen', title: 'Owner', account: 'Alder Creek Dairy' },
  { firstName: 'Rhys', lastName: 'Morgan', title: 'O&M Manager', account: 'Alderney Wind' },
  { firstName: 'Lukas', lastName: 'Steiner', title: 'Head of Production', account: 'Alpine Resin' },
  { firstName: 'Fernanda', lastName: 'Ortiz', title: 'Plant Manager', account: 'Altamira Cement' },
  { firstName: 'Derek', lastName: 'Holm', title: 'Test Facility Lead', account: 'Altus Aerospace' },
  { firstName: 'Mei', lastName: 'Lin', title: 'Critical Facilities Manager', account: 'Juniper Data Centers' },
  { firstName: 'Paul', lastName: 'Fitzgerald', title: 'Utility Director', account: 'Riverbend Municipal Water' },
  { firstName: 'Renee', lastName: 'Dubois', title: 'Safety Director', account: 'Tidewater Terminals' },
  { firstName: 'Freja', lastName: 'Nielsen', title: 'Service Engineering Lead', account: 'Zephyr Turbines' },
];

interface OpportunityRow {
  name: string;
  account: string;
  /** The pipeline's label; the default (New business) when absent. */
  pipeline?: string;
  stage: string;
  createdAt: string;
  owner: string;
  champion?: string;
  amount?: number;
  sensorCount?: number;
  sensorFamilies?: readonly string[];
  contractTerm?: string;
  targetGoLive?: string;
  partners?: readonly string[];
}

// prettier-ignore
const OPPORTUNITY_ROWS: readonly OpportunityRow[] = [
  { name: 'Northbridge Water District - Pump station monitoring', account: 'Northbridge Water District', stage: 'Pilot', createdAt: '2026-09-14T13:05:22.000Z', owner: 'Maya Lindqvist', champion: 'Ingrid Halvorsen', amount: 84000, sensorCount: 140, sensorFamilies: ['Flow', 'Pressure', 'Acoustic leak'], contractTerm: '36 months', targetGoLive: '2027-03-01T14:00:00.000Z', partners: ['Mercer Waterworks'] },
  { name: 'Northbridge Water District - Reservoir level sensors', account: 'Northbridge Water District', stage: 'Closed Won', createdAt: '2025-11-03T16:40:00.000Z', owner: 'Maya Lindqvist', champion: 'Theo Delgado', amount: 26500, sensorCount: 24, sensorFamilies: ['Pressure'], contractTerm: '12 months' },
  { name: 'Norvale Energy - Substation sensor rollout', account: 'Norvale Energy', stage: 'Proposal', createdAt: '2026-08-02T09:12:45.000Z', owner: 'Tomás Ferreira', champion: 'Daniel Okonkwo', amount: 312000, sensorCount: 900, sensorFamilies: ['Temperature', 'Vibration'], contractTerm: '24 months' },
  { name: 'Northstar Foundry - Furnace vibration pilot', account: 'Northstar Foundry', stage: 'Discovery', createdAt: '2026-10-21T15:30:00.000Z', owner: 'Aisha Rahman', champion: 'Victor Nowak', sensorFamilies: ['Vibration', 'Temperature'] },
  { name: 'Solara Grid - Inverter fleet telemetry', account: 'Solara Grid', stage: 'Negotiation', createdAt: '2026-06-18T17:45:10.000Z', owner: 'Jonas Becker', champion: 'Ethan Brooks', amount: 148000, sensorCount: 410, contractTerm: '36 months' },
  { name: 'Cascade Mills - Predictive maintenance expansion', account: 'Cascade Mills', stage: 'Closed Won', createdAt: '2026-02-09T10:00:00.000Z', owner: 'Keiko Tanaka', champion: 'Logan Pierce', amount: 97500, sensorCount: 260, sensorFamilies: ['Vibration'], contractTerm: '24 months' },
  { name: 'Meridian Ports - Reefer container monitoring', account: 'Meridian Ports', stage: 'Site survey', createdAt: '2026-10-05T12:20:00.000Z', owner: 'Owen Gallagher', champion: 'Andre Baptiste', amount: 205000, sensorFamilies: ['Temperature'] },
  { name: 'Mercer Waterworks - Leak detection phase 2', account: 'Mercer Waterworks', stage: 'Qualification', createdAt: '2026-11-02T08:55:00.000Z', owner: 'Lucía Moreno', sensorFamilies: ['Acoustic leak'] },
  { name: 'Nordic Coldchain - Temperature compliance', account: 'Nordic Coldchain', stage: 'Closed Lost', createdAt: '2026-03-27T14:10:00.000Z', owner: 'Samuel Osei', champion: 'Erik Lund', amount: 64000, contractTerm: '12 months' },
  { name: 'Cascade Mills - Subscription renewal 2027', account: 'Cascade Mills', pipeline: 'Renewals', stage: 'Usage review', createdAt: '2026-11-12T09:40:00.000Z', owner: 'Keiko Tanaka', champion: 'Logan Pierce', amount: 41000, sensorCount: 260, contractTerm: '24 months' },
  { name: 'Juniper Data Centers - Cooling loop sensors', account: 'Juniper Data Centers', stage: 'Proposal', createdAt: '2026-09-30T19:02:00.000Z', owner: 'Hannah Kowalski', champion: 'Mei Lin', amount: 56000, sensorCount: 180, sensorFamilies: ['Flow', 'Temperature'], partners: ['Yarrow Labs'], contractTerm: '12 months' },
];

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function fullName(firstName: string, lastName: string | null): string {
  return lastName ? `${firstName} ${lastName}` : firstName;
}

export const accountIdFor = (name: string): string => stableId('acc', `account:${name}`);
export const memberIdFor = (name: string): string => stableId('mem', `member:${name}`);
export const contactIdFor = (name: string): string => stableId('con', `contact:${name}`);
const opportunityIdFor = (name: string): string => stableId('opp', `opportunity:${name}`);

/** Stable handles into the seed for tests and demos. */
export const WELL_KNOWN = {
  account: {
    id: accountIdFor('Northbridge Water District'),
    name: 'Northbridge Water District',
    website: 'https://www.northbridgewater.org',
  },
  member: {
    id: memberIdFor('Maya Lindqvist'),
    name: 'Maya Lindqvist',
    email: `maya.lindqvist@${SELLER_DOMAIN}`,
  },
  contact: {
    id: contactIdFor('Ingrid Halvorsen'),
    name: 'Ingrid Halvorsen',
    email: 'ingrid.halvorsen@northbridgewater.org',
  },
  opportunity: {
    id: opportunityIdFor('Northbridge Water District - Pump station monitoring'),
    name: 'Northbridge Water District - Pump station monitoring',
    accountId: accountIdFor('Northbridge Water District'),
  },
} as const;

function lookup<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed references unknown '${key}'`);
  return value;
}

export function createSeed(): FakeSeed {
  const definitions = createSeedDefinitions();
  const { opportunity: oppDefs, account: accDefs, contact: conDefs } = definitions;

  const accountRows = new Map(ACCOUNT_ROWS.map((row) => [row.name, row]));
  const memberIds = MEMBER_ROWS.map((row) => memberIdFor(fullName(row.firstName, row.lastName)));
  const contactsByAccount = new Map<string, string[]>();
  const opportunitiesByAccount = new Map<string, string[]>();
  const contactIds = new Map<string, string>();

  const members = MEMBER_ROWS.map((row, index) =>
    shapeMember({
      id: memberIdFor(fullName(row.firstName, row.lastName)),
      createdAt: new Date(Date.UTC(2025, 2, 3 + index * 9, 15, 0, 0)).toISOString(),
      firstName: row.firstName,
      lastName: row.lastName,
      email: `${[row.firstName, row.lastName ?? ''].map(asciiSlug).filter(Boolean).join('.')}@${SELLER_DOMAIN}`,
      role: row.role,
    }),
  );
  const memberIdByName = new Map(
    MEMBER_ROWS.map((row) => {
      const name = fullName(row.firstName, row.lastName);
      return [name, memberIdFor(name)] as const;
    }),
  );

  const contacts = CONTACT_ROWS.map((row, index) => {
    const name = fullName(row.firstName, row.lastName);
    const id = contactIdFor(name);
    contactIds.set(name, id);
    const account = lookup(accountRows, row.account);
    const accountId = accountIdFor(account.name);
    contactsByAccount.set(accountId, [...(contactsByAccount.get(accountId) ?? []), id]);
    const emails = [`${asciiSlug(row.firstName)}.${asciiSlug(row.lastName)}@${account.domain}`];
    if (row.extraEmail) emails.push(`${row.extraEmail}@${account.domain}`);
    const createdAt = new Date(Date.UTC(2025, 5, 1 + index * 6, 9, 30, 0)).toISOString();
    return shapeRecord(conDefs, {
      id,
      createdAt,
      fields: {
        $name: { firstName: row.firstName, lastName: row.lastName },
        $email: emails,
        $title: row.title,
        $phone: row.phone ? [row.phone] : [],
      },
      relationships: { $account: [accountId] },
    });
  });

  const opportunities = OPPORTUNITY_ROWS.map((row) => {
    const id = opportunityIdFor(row.name);
    const accountId = accountIdFor(lookup(accountRows, row.account).name);
    opportunitiesByAccount.set(accountId, [...(opportunitiesByAccount.get(accountId) ?? []), id]);
    const status =
      row.stage === 'Closed Won' ? 'Won' : row.stage === 'Closed Lost' ? 'Lost' : 'Open';
    const ownerId = lookup(memberIdByName, row.owner);
    return shapeRecord(oppDefs, {
      id,
      createdAt: row.createdAt,
      fields: {
        $name: row.name,
        $pipeline: optionIdByLabel(oppDefs, '$pipeline', row.pipeline ?? 'New business'),
        $stage: stageIdIn(oppDefs, row.pipeline ?? 'New business', row.stage),
        $opportunityStatus: optionIdByLabel(oppDefs, '$opportunityStatus', status),
        $amount: row.amount ?? null,
        sensorCount: row.sensorCount ?? null,
        sensorFamilies: row.sensorFamilies?.map((label) =>
          optionIdByLabel(oppDefs, 'sensorFamilies', label),
        ),
        contractTerm: row.contractTerm
          ? optionIdByLabel(oppDefs, 'contractTerm', row.contractTerm)
          : null,
        targetGoLive: row.targetGoLive ?? null,
        'fit-score': 40 + (row.name.length % 55),
      },
      relationships: {
        $account: [accountId],
        $owner: [ownerId],
        $createdBy: [ownerId],
        $champion: row.champion ? [lookup(contactIds, row.champion)] : [],
        implementationPartners: (row.partners ?? []).map((partner) =>
          accountIdFor(lookup(accountRows, partner).name),
        ),
      },
    });
  });

  const customerIds = new Set(
    OPPORTUNITY_ROWS.filter((row) => row.stage === 'Closed Won').map((row) => row.account),
  );
  const accounts = ACCOUNT_ROWS.map((row, index) => {
    const id = accountIdFor(row.name);
    const slug = row.domain.split('.')[0] ?? row.domain;
    return shapeRecord(accDefs, {
      id,
      createdAt: new Date(Date.UTC(2025, 0, 6 + index * 4, 11, 0, 0)).toISOString(),
      fields: {
        $name: row.name,
        $website: [`https://www.${row.domain}`],
        $industry: row.industries.map((label) => optionIdByLabel(accDefs, '$industry', label)),
        $headcount: optionIdByLabel(accDefs, '$headcount', row.headcount),
        $linkedIn: `https://www.linkedin.com/company/${slug}`,
        $primaryAddress: {
          street: null,
          street2: null,
          city: row.city,
          state: row.state,
          postalCode: null,
          country: row.country,
          latitude: null,
          longitude: null,
        },
        $accountStatus: optionIdByLabel(
          accDefs,
          '$accountStatus',
          customerIds.has(row.name) ? 'Customer' : 'Prospect',
        ),
        territory: optionIdByLabel(accDefs, 'territory', row.territory),
      },
      relationships: {
        $owner: memberIds.slice(index % memberIds.length, (index % memberIds.length) + 1),
        $contact: contactsByAccount.get(id) ?? [],
        $opportunity: opportunitiesByAccount.get(id) ?? [],
      },
    });
  });

  return {
    definitions,
    records: {
      account: accounts,
      contact: contacts,
      member: members,
      opportunity: opportunities,
      // Tasks and notes come only from the Follow-up section; "Reset demo data" clears them.
      task: [],
      note: [],
    },
  };
}
