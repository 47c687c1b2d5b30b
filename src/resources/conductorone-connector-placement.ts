/**
 * The attributes every ConductorOne connector resource starts with: its ID, the app it sits on
 * (a new app replaces it) and its owners (unset: ConductorOne makes the caller the owner, and the
 * owners are recorded). Shared by the cloud-hosted Litmos connector and the Baton connector.
 */
import { requiresReplace, str, strSet, useStateForUnknown } from '../framework/index.js';

export const connectorPlacementAttributes = {
  id: str({
    description: 'ConductorOne connector ID.',
    computed: true,
    planModifiers: [useStateForUnknown()],
  }),
  app_id: str({
    description: 'ID of the ConductorOne app the connector belongs to. Changing it replaces the connector.',
    required: true,
    planModifiers: [requiresReplace()],
  }),
  user_ids: strSet({
    description:
      'ConductorOne user IDs of the connector owners. When left unset ConductorOne makes the ' +
      'calling user the owner.',
    optional: true,
    computed: true,
    planModifiers: [useStateForUnknown()],
  }),
};
