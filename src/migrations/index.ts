import * as migration_20261124_200947_initial from './20261124_200947_initial';

export const migrations = [
  {
    up: migration_20261124_200947_initial.up,
    down: migration_20261124_200947_initial.down,
    name: '20261124_200947_initial'
  },
];
