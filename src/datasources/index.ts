/** Every data source of the provider. */
import type { AnyDataSource } from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';

export const dataSources: readonly AnyDataSource<ProviderData>[] = [];
