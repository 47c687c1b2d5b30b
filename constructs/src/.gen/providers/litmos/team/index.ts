// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TeamConfig extends cdktf.TerraformMetaArguments {
  /**
  * Team description (at most 1000 characters). Left out, it is not managed: a new team gets an empty one, and an imported team keeps what Litmos has.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team#description Team#description}
  */
  readonly description?: string;
  /**
  * Team name (at most 100 characters), unique across the organisation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team#name Team#name}
  */
  readonly name: string;
  /**
  * ID of the parent team for a sub-team; unset for a top-level team. Changing it replaces the team.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team#parent_team_id Team#parent_team_id}
  */
  readonly parentTeamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team litmos_team}
*/
export class Team extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_team";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Team resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Team to import
  * @param importFromId The id of the existing Team that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Team to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_team", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team litmos_team} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TeamConfig
  */
  public constructor(scope: Construct, id: string, config: TeamConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_team',
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
    this._description = config.description;
    this._name = config.name;
    this._parentTeamId = config.parentTeamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // code_for_bulk_import - computed: true, optional: false, required: false
  public get codeForBulkImport() {
    return this.getStringAttribute('code_for_bulk_import');
  }

  // description - computed: true, optional: true, required: false
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // parent_team_id - computed: false, optional: true, required: false
  private _parentTeamId?: string; 
  public get parentTeamId() {
    return this.getStringAttribute('parent_team_id');
  }
  public set parentTeamId(value: string) {
    this._parentTeamId = value;
  }
  public resetParentTeamId() {
    this._parentTeamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parentTeamIdInput() {
    return this._parentTeamId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      name: cdktf.stringToTerraform(this._name),
      parent_team_id: cdktf.stringToTerraform(this._parentTeamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      parent_team_id: {
        value: cdktf.stringToHclTerraform(this._parentTeamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
