import * as migration_20261124_200947_initial from './20261124_200947_initial';
import * as migration_20261124_204247_votes from './20261124_204247_votes';
import * as migration_20261124_204500_search_index from './20261124_204500_search_index';
import * as migration_20261201_063000_auth_throttle from './20261201_063000_auth_throttle';
import * as migration_20261201_063317_users_role_no_default from './20261201_063317_users_role_no_default';
import * as migration_20261201_101744_facts_and_sources from './20261201_101744_facts_and_sources';
import * as migration_20261201_103700_faq_sources from './20261201_103700_faq_sources';
import * as migration_20261201_123729_translators_workspace from './20261201_123729_translators_workspace';
import * as migration_20261201_123730_translation_status_backfill from './20261201_123730_translation_status_backfill';
import * as migration_20261201_140810_carriers_channels_drafts from './20261201_140810_carriers_channels_drafts';
import * as migration_20261201_151419_editors_workflow from './20261201_151419_editors_workflow';
import * as migration_20261201_151420_carriers_channels_published from './20261201_151420_carriers_channels_published';

export const migrations = [
  {
    up: migration_20261124_200947_initial.up,
    down: migration_20261124_200947_initial.down,
    name: '20261124_200947_initial',
  },
  {
    up: migration_20261124_204247_votes.up,
    down: migration_20261124_204247_votes.down,
    name: '20261124_204247_votes',
  },
  {
    up: migration_20261124_204500_search_index.up,
    down: migration_20261124_204500_search_index.down,
    name: '20261124_204500_search_index',
  },
  {
    up: migration_20261201_063000_auth_throttle.up,
    down: migration_20261201_063000_auth_throttle.down,
    name: '20261201_063000_auth_throttle',
  },
  {
    up: migration_20261201_063317_users_role_no_default.up,
    down: migration_20261201_063317_users_role_no_default.down,
    name: '20261201_063317_users_role_no_default',
  },
  {
    up: migration_20261201_101744_facts_and_sources.up,
    down: migration_20261201_101744_facts_and_sources.down,
    name: '20261201_101744_facts_and_sources',
  },
  {
    up: migration_20261201_103700_faq_sources.up,
    down: migration_20261201_103700_faq_sources.down,
    name: '20261201_103700_faq_sources',
  },
  {
    up: migration_20261201_123729_translators_workspace.up,
    down: migration_20261201_123729_translators_workspace.down,
    name: '20261201_123729_translators_workspace',
  },
  {
    up: migration_20261201_123730_translation_status_backfill.up,
    down: migration_20261201_123730_translation_status_backfill.down,
    name: '20261201_123730_translation_status_backfill',
  },
  {
    up: migration_20261201_140810_carriers_channels_drafts.up,
    down: migration_20261201_140810_carriers_channels_drafts.down,
    name: '20261201_140810_carriers_channels_drafts',
  },
  {
    up: migration_20261201_151419_editors_workflow.up,
    down: migration_20261201_151419_editors_workflow.down,
    name: '20261201_151419_editors_workflow'
  },
  {
    up: migration_20261201_151420_carriers_channels_published.up,
    down: migration_20261201_151420_carriers_channels_published.down,
    name: '20261201_151420_carriers_channels_published',
  },
];
