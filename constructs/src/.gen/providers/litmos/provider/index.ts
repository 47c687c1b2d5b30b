// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface LitmosProviderConfig {
  /**
  * Litmos API key (the `apikey` header). Environment: `LITMOS_API_KEY`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#api_key LitmosProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Explicit Litmos API base URL ending in `/v1.svc`, for example a local simulator. Must be `https://` (plain `http://` only for a loopback host) without user name or password; redirects are never followed. Environment: `LITMOS_BASE_URL`. Conflicts with `region`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#base_url LitmosProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * A ConductorOne bearer token to use instead of a client ID and secret. Environment: `CONDUCTORONE_ACCESS_TOKEN`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#conductorone_access_token LitmosProvider#conductorone_access_token}
  */
  readonly conductoroneAccessToken?: string;
  /**
  * ConductorOne API client ID. Environment: `CONDUCTORONE_CLIENT_ID`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#conductorone_client_id LitmosProvider#conductorone_client_id}
  */
  readonly conductoroneClientId?: string;
  /**
  * ConductorOne API client secret (`secret-token:conductorone.com:v1:…`). Environment: `CONDUCTORONE_CLIENT_SECRET`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#conductorone_client_secret LitmosProvider#conductorone_client_secret}
  */
  readonly conductoroneClientSecret?: string;
  /**
  * ConductorOne tenant URL (`https://acme.conductor.one`) or tenant name (`acme`). Optional when the client ID names the tenant. Environment: `CONDUCTORONE_SERVER_URL`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#conductorone_server_url LitmosProvider#conductorone_server_url}
  */
  readonly conductoroneServerUrl?: string;
  /**
  * Litmos `source` parameter: a name for the calling application, at most 50 characters. Environment: `LITMOS_SOURCE`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#litmos_source LitmosProvider#litmos_source}
  */
  readonly litmosSource?: string;
  /**
  * A Redis server (`redis://[user:password@]host:port[/db]`, or `rediss://` for TLS) that keeps one request budget for every provider process using the same API key, so that concurrent Terraform runs wait their turn instead of overrunning the key together. The budget is stored under a hash of the key, never the key. If Redis becomes unreachable the process falls back to its own budget with a warning. Default: no shared budget. Environment: `LITMOS_REDIS_URL`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#redis_url LitmosProvider#redis_url}
  */
  readonly redisUrl?: string;
  /**
  * Litmos region whose API to use: `us` (api.litmos.com), `eu` (api.litmoseu.com) or `au` (api.litmos.com.au). Default `us`. Environment: `LITMOS_REGION`. Conflicts with `base_url`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#region LitmosProvider#region}
  */
  readonly region?: string;
  /**
  * Litmos request budget per minute for this API key, shared by every provider process of this user on this machine (and, with `redis_url`, on every machine). Default 100 (the Litmos limit); raise it only if Litmos raised yours. Environment: `LITMOS_REQUESTS_PER_MINUTE`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#requests_per_minute LitmosProvider#requests_per_minute}
  */
  readonly requestsPerMinute?: number;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#alias LitmosProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs litmos}
*/
export class LitmosProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a LitmosProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the LitmosProvider to import
  * @param importFromId The id of the existing LitmosProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the LitmosProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs litmos} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options LitmosProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: LitmosProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'litmos',
      terraformGeneratorMetadata: {
        providerName: 'litmos',
        providerVersionConstraint: '~> 0.1'
      },
      terraformProviderSource: 'litmos-oss/litmos'
    });
    this._apiKey = config.apiKey;
    this._baseUrl = config.baseUrl;
    this._conductoroneAccessToken = config.conductoroneAccessToken;
    this._conductoroneClientId = config.conductoroneClientId;
    this._conductoroneClientSecret = config.conductoroneClientSecret;
    this._conductoroneServerUrl = config.conductoroneServerUrl;
    this._litmosSource = config.litmosSource;
    this._redisUrl = config.redisUrl;
    this._region = config.region;
    this._requestsPerMinute = config.requestsPerMinute;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this._apiKey;
  }
  public set apiKey(value: string | undefined) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // base_url - computed: false, optional: true, required: false
  private _baseUrl?: string; 
  public get baseUrl() {
    return this._baseUrl;
  }
  public set baseUrl(value: string | undefined) {
    this._baseUrl = value;
  }
  public resetBaseUrl() {
    this._baseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get baseUrlInput() {
    return this._baseUrl;
  }

  // conductorone_access_token - computed: false, optional: true, required: false
  private _conductoroneAccessToken?: string; 
  public get conductoroneAccessToken() {
    return this._conductoroneAccessToken;
  }
  public set conductoroneAccessToken(value: string | undefined) {
    this._conductoroneAccessToken = value;
  }
  public resetConductoroneAccessToken() {
    this._conductoroneAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conductoroneAccessTokenInput() {
    return this._conductoroneAccessToken;
  }

  // conductorone_client_id - computed: false, optional: true, required: false
  private _conductoroneClientId?: string; 
  public get conductoroneClientId() {
    return this._conductoroneClientId;
  }
  public set conductoroneClientId(value: string | undefined) {
    this._conductoroneClientId = value;
  }
  public resetConductoroneClientId() {
    this._conductoroneClientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conductoroneClientIdInput() {
    return this._conductoroneClientId;
  }

  // conductorone_client_secret - computed: false, optional: true, required: false
  private _conductoroneClientSecret?: string; 
  public get conductoroneClientSecret() {
    return this._conductoroneClientSecret;
  }
  public set conductoroneClientSecret(value: string | undefined) {
    this._conductoroneClientSecret = value;
  }
  public resetConductoroneClientSecret() {
    this._conductoroneClientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conductoroneClientSecretInput() {
    return this._conductoroneClientSecret;
  }

  // conductorone_server_url - computed: false, optional: true, required: false
  private _conductoroneServerUrl?: string; 
  public get conductoroneServerUrl() {
    return this._conductoroneServerUrl;
  }
  public set conductoroneServerUrl(value: string | undefined) {
    this._conductoroneServerUrl = value;
  }
  public resetConductoroneServerUrl() {
    this._conductoroneServerUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conductoroneServerUrlInput() {
    return this._conductoroneServerUrl;
  }

  // litmos_source - computed: false, optional: true, required: false
  private _litmosSource?: string; 
  public get litmosSource() {
    return this._litmosSource;
  }
  public set litmosSource(value: string | undefined) {
    this._litmosSource = value;
  }
  public resetLitmosSource() {
    this._litmosSource = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get litmosSourceInput() {
    return this._litmosSource;
  }

  // redis_url - computed: false, optional: true, required: false
  private _redisUrl?: string; 
  public get redisUrl() {
    return this._redisUrl;
  }
  public set redisUrl(value: string | undefined) {
    this._redisUrl = value;
  }
  public resetRedisUrl() {
    this._redisUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisUrlInput() {
    return this._redisUrl;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this._region;
  }
  public set region(value: string | undefined) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // requests_per_minute - computed: false, optional: true, required: false
  private _requestsPerMinute?: number; 
  public get requestsPerMinute() {
    return this._requestsPerMinute;
  }
  public set requestsPerMinute(value: number | undefined) {
    this._requestsPerMinute = value;
  }
  public resetRequestsPerMinute() {
    this._requestsPerMinute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestsPerMinuteInput() {
    return this._requestsPerMinute;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      base_url: cdktf.stringToTerraform(this._baseUrl),
      conductorone_access_token: cdktf.stringToTerraform(this._conductoroneAccessToken),
      conductorone_client_id: cdktf.stringToTerraform(this._conductoroneClientId),
      conductorone_client_secret: cdktf.stringToTerraform(this._conductoroneClientSecret),
      conductorone_server_url: cdktf.stringToTerraform(this._conductoroneServerUrl),
      litmos_source: cdktf.stringToTerraform(this._litmosSource),
      redis_url: cdktf.stringToTerraform(this._redisUrl),
      region: cdktf.stringToTerraform(this._region),
      requests_per_minute: cdktf.numberToTerraform(this._requestsPerMinute),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      base_url: {
        value: cdktf.stringToHclTerraform(this._baseUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      conductorone_access_token: {
        value: cdktf.stringToHclTerraform(this._conductoroneAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      conductorone_client_id: {
        value: cdktf.stringToHclTerraform(this._conductoroneClientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      conductorone_client_secret: {
        value: cdktf.stringToHclTerraform(this._conductoroneClientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      conductorone_server_url: {
        value: cdktf.stringToHclTerraform(this._conductoroneServerUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      litmos_source: {
        value: cdktf.stringToHclTerraform(this._litmosSource),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_url: {
        value: cdktf.stringToHclTerraform(this._redisUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      requests_per_minute: {
        value: cdktf.numberToHclTerraform(this._requestsPerMinute),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
