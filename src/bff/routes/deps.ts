import type { AppMode } from '../../model/api-contract';
import type { DefinitionsCache } from '../definitions-cache';
import type { LightfieldApi } from '../lightfield/lightfield-api';

/** What every route needs; built once in app.ts. */
export interface RouteDeps {
  mode: AppMode;
  api: LightfieldApi;
  definitions: DefinitionsCache;
}
