// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user_access_level
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UserAccessLevelConfig extends cdktf.TerraformMetaArguments {
  /**
  * Access level: `Learner`, `Team_Leader`, `Administrator` or `Account_Owner`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user_access_level#access_level UserAccessLevel#access_level}
  */
  readonly accessLevel: string;
  /**
  * Litmos ID of the user. Changing it releases the old user (restoring its level).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user_access_level#user_id UserAccessLevel#user_id}
  */
  readonly userId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user_access_level litmos_user_access_level}
*/
export class UserAccessLevel extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_user_access_level";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a UserAccessLevel resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the UserAccessLevel to import
  * @param importFromId The id of the existing UserAccessLevel that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user_access_level#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the UserAccessLevel to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_user_access_level", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user_access_level litmos_user_access_level} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UserAccessLevelConfig
  */
  public constructor(scope: Construct, id: string, config: UserAccessLevelConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_user_access_level',
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
    this._accessLevel = config.accessLevel;
    this._userId = config.userId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_level - computed: false, optional: false, required: true
  private _accessLevel?: string; 
  public get accessLevel() {
    return this.getStringAttribute('access_level');
  }
  public set accessLevel(value: string) {
    this._accessLevel = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accessLevelInput() {
    return this._accessLevel;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // previous_access_level - computed: true, optional: false, required: false
  public get previousAccessLevel() {
    return this.getStringAttribute('previous_access_level');
  }

  // user_id - computed: false, optional: false, required: true
  private _userId?: string; 
  public get userId() {
    return this.getStringAttribute('user_id');
  }
  public set userId(value: string) {
    this._userId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access_level: cdktf.stringToTerraform(this._accessLevel),
      user_id: cdktf.stringToTerraform(this._userId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_level: {
        value: cdktf.stringToHclTerraform(this._accessLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_id: {
        value: cdktf.stringToHclTerraform(this._userId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
