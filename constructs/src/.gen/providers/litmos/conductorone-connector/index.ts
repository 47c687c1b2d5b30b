// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConductoroneConnectorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Litmos API key, kept in state. Conflicts with `api_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#api_key ConductoroneConnector#api_key}
  */
  readonly apiKey?: string;
  /**
  * Litmos API key, write-only (Terraform ≥ 1.11): never stored in plan or state. Bump `api_key_wo_version` to send a new key. Conflicts with `api_key`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#api_key_wo ConductoroneConnector#api_key_wo}
  */
  readonly apiKeyWo?: string;
  /**
  * Change this number to send the current `api_key_wo` to ConductorOne.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#api_key_wo_version ConductoroneConnector#api_key_wo_version}
  */
  readonly apiKeyWoVersion?: number;
  /**
  * ID of the ConductorOne app the connector belongs to. Changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#app_id ConductoroneConnector#app_id}
  */
  readonly appId: string;
  /**
  * Litmos course IDs to sync. Empty or unset syncs all courses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#course_ids ConductoroneConnector#course_ids}
  */
  readonly courseIds?: string[];
  /**
  * The Litmos source: the name of the Litmos account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#source ConductoroneConnector#source}
  */
  readonly source: string;
  /**
  * ConductorOne user IDs of the connector owners. When left unset ConductorOne makes the calling user the owner.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#user_ids ConductoroneConnector#user_ids}
  */
  readonly userIds?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector litmos_conductorone_connector}
*/
export class ConductoroneConnector extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_conductorone_connector";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConductoroneConnector resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConductoroneConnector to import
  * @param importFromId The id of the existing ConductoroneConnector that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConductoroneConnector to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_conductorone_connector", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector litmos_conductorone_connector} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConductoroneConnectorConfig
  */
  public constructor(scope: Construct, id: string, config: ConductoroneConnectorConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_conductorone_connector',
      terraformGeneratorMetadata: {
        providerName: 'litmos',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._apiKey = config.apiKey;
    this._apiKeyWo = config.apiKeyWo;
    this._apiKeyWoVersion = config.apiKeyWoVersion;
    this._appId = config.appId;
    this._courseIds = config.courseIds;
    this._source = config.source;
    this._userIds = config.userIds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_key_wo - computed: false, optional: true, required: false
  private _apiKeyWo?: string; 
  public get apiKeyWo() {
    return this.getStringAttribute('api_key_wo');
  }
  public set apiKeyWo(value: string) {
    this._apiKeyWo = value;
  }
  public resetApiKeyWo() {
    this._apiKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoInput() {
    return this._apiKeyWo;
  }

  // api_key_wo_version - computed: false, optional: true, required: false
  private _apiKeyWoVersion?: number; 
  public get apiKeyWoVersion() {
    return this.getNumberAttribute('api_key_wo_version');
  }
  public set apiKeyWoVersion(value: number) {
    this._apiKeyWoVersion = value;
  }
  public resetApiKeyWoVersion() {
    this._apiKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoVersionInput() {
    return this._apiKeyWoVersion;
  }

  // app_id - computed: false, optional: false, required: true
  private _appId?: string; 
  public get appId() {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput() {
    return this._appId;
  }

  // course_ids - computed: false, optional: true, required: false
  private _courseIds?: string[]; 
  public get courseIds() {
    return this.getListAttribute('course_ids');
  }
  public set courseIds(value: string[]) {
    this._courseIds = value;
  }
  public resetCourseIds() {
    this._courseIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get courseIdsInput() {
    return this._courseIds;
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // source - computed: false, optional: false, required: true
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // update_time - computed: true, optional: false, required: false
  public get updateTime() {
    return this.getStringAttribute('update_time');
  }

  // user_ids - computed: true, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return cdktf.Fn.tolist(this.getListAttribute('user_ids'));
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      api_key_wo: cdktf.stringToTerraform(this._apiKeyWo),
      api_key_wo_version: cdktf.numberToTerraform(this._apiKeyWoVersion),
      app_id: cdktf.stringToTerraform(this._appId),
      course_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._courseIds),
      source: cdktf.stringToTerraform(this._source),
      user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userIds),
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
      api_key_wo: {
        value: cdktf.stringToHclTerraform(this._apiKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._apiKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      course_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._courseIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      source: {
        value: cdktf.stringToHclTerraform(this._source),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._userIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
