import * as migration_20261124_200947_initial from './20261124_200947_initial';
import * as migration_20261124_204247_votes from './20261124_204247_votes';
import * as migration_20261124_204500_search_index from './20261124_204500_search_index';

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
    name: '20261124_204500_search_index'
  },
];
