/**
 * The ConductorOne side of the integration: the app (new, or an existing one by ID) and, for a
 * cloud-hosted connector, the `litmos_conductorone_connector` that syncs the Litmos account into
 * it. The Litmos API key reaches ConductorOne through the write-only attribute `api_key_wo` by
 * default, so it is stored neither in the plan nor in the state.
 */
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { ConductoroneApp } from './.gen/providers/litmos/conductorone-app/index.js';
import { ConductoroneConnector } from './.gen/providers/litmos/conductorone-connector/index.js';
import { Problems } from './errors.js';
import { guardSecretAtSynth, secretPropProblems, type LitmosSecret } from './secret.js';

/** A new ConductorOne app. */
export interface NewConductorOneApp {
  readonly displayName: string;
  /** @default - no description */
  readonly description?: string;
  /**
   * ConductorOne user IDs of the app owners.
   * @default - owners are not managed
   */
  readonly ownerUserIds?: readonly string[];
}

/** An app that exists already in ConductorOne. */
export interface ExistingConductorOneApp {
  readonly existingAppId: string;
}

export type ConductorOneAppSpec = NewConductorOneApp | ExistingConductorOneApp;

/**
 * How the Litmos API key is handed to ConductorOne:
 * - `write-only` (default): `api_key_wo` + `api_key_wo_version`; never in plan or state
 *   (Terraform ≥ 1.11). Bump `apiKeyVersion` to send a rotated key.
 * - `state`: `api_key`, sensitive, kept in state (for Terraform < 1.11 or OpenTofu < 1.11).
 */
export type ApiKeyDelivery = 'write-only' | 'state';

export interface ConductorOneAppProps {
  readonly app: ConductorOneAppSpec;
}

/** The ConductorOne app, created or referenced. */
export class ConductorOneLitmosApp extends Construct {
  /** The app ID (a token when the app is created here). */
  readonly appId: string;
  /** The app resource, when it is created here. */
  readonly resource?: ConductoroneApp;

  constructor(scope: Construct, id: string, props: ConductorOneAppProps) {
    super(scope, id);
    const problems = new Problems();
    if ('existingAppId' in props.app) {
      if (!Token.isUnresolved(props.app.existingAppId) && props.app.existingAppId.trim() === '') {
        problems.add('app.existingAppId must not be empty');
      }
      problems.throwIfAny(this);
      this.appId = props.app.existingAppId;
      return;
    }
    if (!Token.isUnresolved(props.app.displayName) && props.app.displayName.trim() === '') {
      problems.add('app.displayName must not be empty');
    }
    problems.throwIfAny(this);
    this.resource = new ConductoroneApp(this, 'Resource', {
      displayName: props.app.displayName,
      description: props.app.description,
      ownerUserIds: props.app.ownerUserIds ? [...props.app.ownerUserIds] : undefined,
    });
    this.appId = this.resource.id;
  }
}

export interface CloudHostedLitmosConnectorProps {
  /** ID of the ConductorOne app the connector belongs to. */
  readonly appId: string;
  /** The Litmos source (the Litmos account name). */
  readonly litmosSource: string;
  /** The Litmos API key the connector uses. */
  readonly litmosApiKey: LitmosSecret;
  /** @default 'write-only' */
  readonly apiKeyDelivery?: ApiKeyDelivery;
  /**
   * With `write-only` delivery: change this number to send a rotated key.
   * @default 1
   */
  readonly apiKeyVersion?: number;
  /**
   * Litmos course IDs to sync.
   * @default - all courses
   */
  readonly syncCourseIds?: readonly string[];
  /**
   * ConductorOne user IDs of the connector owners.
   * @default - ConductorOne makes the calling identity the owner
   */
  readonly ownerUserIds?: readonly string[];
}

/** The cloud-hosted ConductorOne connector for Litmos. */
export class CloudHostedLitmosConnector extends Construct {
  readonly resource: ConductoroneConnector;

  constructor(scope: Construct, id: string, props: CloudHostedLitmosConnectorProps) {
    super(scope, id);
    const problems = new Problems();
    if (!Token.isUnresolved(props.litmosSource) && props.litmosSource.trim() === '') {
      problems.add('litmosSource must not be empty (it is the name of the Litmos account)');
    }
    const delivery = props.apiKeyDelivery ?? 'write-only';
    if (delivery !== 'write-only' && delivery !== 'state') {
      problems.add(`apiKeyDelivery: unknown value "${String(delivery)}" (use "write-only" or "state")`);
    }
    const version = props.apiKeyVersion ?? 1;
    if (!Token.isUnresolved(version) && (!Number.isInteger(version) || version < 1)) {
      problems.add(`apiKeyVersion must be a whole number ≥ 1, got ${version}`);
    }
    for (const c of props.syncCourseIds ?? []) {
      if (!Token.isUnresolved(c) && c.trim() === '') problems.add('syncCourseIds must not contain empty IDs');
    }
    for (const p of secretPropProblems('litmosApiKey', props.litmosApiKey)) problems.add(p);
    problems.throwIfAny(this);
    guardSecretAtSynth(this, 'litmosApiKey', props.litmosApiKey);
    const courseIds =
      props.syncCourseIds && props.syncCourseIds.length > 0 ? [...props.syncCourseIds] : undefined;
    this.resource = new ConductoroneConnector(this, 'Resource', {
      appId: props.appId,
      source: props.litmosSource,
      courseIds,
      userIds: props.ownerUserIds ? [...props.ownerUserIds] : undefined,
      ...(delivery === 'write-only'
        ? { apiKeyWo: props.litmosApiKey.token, apiKeyWoVersion: version }
        : { apiKey: props.litmosApiKey.token }),
    });
  }

  get connectorId(): string {
    return this.resource.id;
  }
}
