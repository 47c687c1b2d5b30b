// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/team
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataLitmosTeamConfig extends cdktf.TerraformMetaArguments {
  /**
  * Litmos team ID. Set this or `name`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/team#id DataLitmosTeam#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Exact team name. Set this or `id`; it is an error when several teams share the name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/team#name DataLitmosTeam#name}
  */
  readonly name?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/team litmos_team}
*/
export class DataLitmosTeam extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_team";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataLitmosTeam resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataLitmosTeam to import
  * @param importFromId The id of the existing DataLitmosTeam that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/team#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataLitmosTeam to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_team", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/team litmos_team} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataLitmosTeamConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataLitmosTeamConfig = {}) {
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
    this._id = config.id;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // code_for_bulk_import - computed: true, optional: false, required: false
  public get codeForBulkImport() {
    return this.getStringAttribute('code_for_bulk_import');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // parent_team_id - computed: true, optional: false, required: false
  public get parentTeamId() {
    return this.getStringAttribute('parent_team_id');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
