import type * as today from '../../src/http/today/today-routes';
import type * as people from '../../src/http/people/people-routes';
import type { ApiRoute, RoutesOf } from './contract';
export const a: Extract<ApiRoute, { path: '/api/today' }>['method'] = 1;
export const b: RoutesOf<typeof today>['path'] = 1;
export const c: RoutesOf<typeof people>['path'] = 1;
export const d: (typeof today)['todayRoute']['request'] = 1;
