/** Every resource of the provider. */
import type { AnyResource } from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { userResource } from './user.js';

export const resources: readonly AnyResource<ProviderData>[] = [userResource];
