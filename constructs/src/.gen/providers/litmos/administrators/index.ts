// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AdministratorsConfig extends cdktf.TerraformMetaArguments {
  /**
  * ID of the user who owns the provider's API key, when that user is an Administrator (Account Owners are never demoted anyway). A configuration that would demote them is refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators#api_key_owner_id Administrators#api_key_owner_id}
  */
  readonly apiKeyOwnerId?: string;
  /**
  * Access level given to anyone found holding `Administrator` who is not listed: `Learner` or `Team_Leader`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators#demote_to Administrators#demote_to}
  */
  readonly demoteTo: string;
  /**
  * IDs of every user who should hold `Administrator`. Listing an Account Owner is refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators#user_ids Administrators#user_ids}
  */
  readonly userIds: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators litmos_administrators}
*/
export class Administrators extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_administrators";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Administrators resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Administrators to import
  * @param importFromId The id of the existing Administrators that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Administrators to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_administrators", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/administrators litmos_administrators} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AdministratorsConfig
  */
  public constructor(scope: Construct, id: string, config: AdministratorsConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_administrators',
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
    this._apiKeyOwnerId = config.apiKeyOwnerId;
    this._demoteTo = config.demoteTo;
    this._userIds = config.userIds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_owners - computed: true, optional: false, required: false
  public get accountOwners() {
    return this.getListAttribute('account_owners');
  }

  // api_key_owner_id - computed: false, optional: true, required: false
  private _apiKeyOwnerId?: string; 
  public get apiKeyOwnerId() {
    return this.getStringAttribute('api_key_owner_id');
  }
  public set apiKeyOwnerId(value: string) {
    this._apiKeyOwnerId = value;
  }
  public resetApiKeyOwnerId() {
    this._apiKeyOwnerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyOwnerIdInput() {
    return this._apiKeyOwnerId;
  }

  // demote_to - computed: false, optional: false, required: true
  private _demoteTo?: string; 
  public get demoteTo() {
    return this.getStringAttribute('demote_to');
  }
  public set demoteTo(value: string) {
    this._demoteTo = value;
  }
  // Temporarily expose input value. Use with caution.
  public get demoteToInput() {
    return this._demoteTo;
  }

  // demotions - computed: true, optional: false, required: false
  public get demotions() {
    return this.getListAttribute('demotions');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // user_ids - computed: false, optional: false, required: true
  private _userIds?: string[]; 
  public get userIds() {
    return cdktf.Fn.tolist(this.getListAttribute('user_ids'));
  }
  public set userIds(value: string[]) {
    this._userIds = value;
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
      api_key_owner_id: cdktf.stringToTerraform(this._apiKeyOwnerId),
      demote_to: cdktf.stringToTerraform(this._demoteTo),
      user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userIds),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key_owner_id: {
        value: cdktf.stringToHclTerraform(this._apiKeyOwnerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      demote_to: {
        value: cdktf.stringToHclTerraform(this._demoteTo),
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
