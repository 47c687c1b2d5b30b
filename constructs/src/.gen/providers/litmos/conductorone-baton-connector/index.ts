// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConductoroneBatonConnectorConfig extends cdktf.TerraformMetaArguments {
  /**
  * ID of the ConductorOne app the connector belongs to. Changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector#app_id ConductoroneBatonConnector#app_id}
  */
  readonly appId: string;
  /**
  * Free-text description of the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector#description ConductoroneBatonConnector#description}
  */
  readonly description?: string;
  /**
  * The connector name ConductorOne shows.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector#display_name ConductoroneBatonConnector#display_name}
  */
  readonly displayName?: string;
  /**
  * ConductorOne user IDs of the connector owners. When left unset ConductorOne makes the calling user the owner.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector#user_ids ConductoroneBatonConnector#user_ids}
  */
  readonly userIds?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector litmos_conductorone_baton_connector}
*/
export class ConductoroneBatonConnector extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_conductorone_baton_connector";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConductoroneBatonConnector resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConductoroneBatonConnector to import
  * @param importFromId The id of the existing ConductoroneBatonConnector that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConductoroneBatonConnector to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_conductorone_baton_connector", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_baton_connector litmos_conductorone_baton_connector} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConductoroneBatonConnectorConfig
  */
  public constructor(scope: Construct, id: string, config: ConductoroneBatonConnectorConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_conductorone_baton_connector',
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
    this._appId = config.appId;
    this._description = config.description;
    this._displayName = config.displayName;
    this._userIds = config.userIds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // display_name - computed: false, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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
      app_id: cdktf.stringToTerraform(this._appId),
      description: cdktf.stringToTerraform(this._description),
      display_name: cdktf.stringToTerraform(this._displayName),
      user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userIds),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
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
