import * as migration_20261124_200947_initial from './20261124_200947_initial';
import * as migration_20261124_213000_search_index from './20261124_213000_search_index';

export const migrations = [
  {
    up: migration_20261124_200947_initial.up,
    down: migration_20261124_200947_initial.down,
    name: '20261124_200947_initial'
  },
  {
    up: migration_20261124_213000_search_index.up,
    down: migration_20261124_213000_search_index.down,
    name: '20261124_213000_search_index'
  },
];
