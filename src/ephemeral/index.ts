/** Every ephemeral resource of the provider (same shape as a data source; never in plan or state). */
import type { AnyDataSource } from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { userLoginKeyEphemeralResource } from './user-login-key.js';

export const ephemeralResources: readonly AnyDataSource<ProviderData>[] = [userLoginKeyEphemeralResource];
