// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TeamMembersConfig extends cdktf.TerraformMetaArguments {
  /**
  * Every member of the team: user ID → role (`member`, `leader` or `admin`). Members not listed here are removed; listed users not in the team are added (only active users can join).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members#members TeamMembers#members}
  */
  readonly members: { [key: string]: string };
  /**
  * Send the Litmos e-mail to users when they are added. No e-mail by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members#send_message TeamMembers#send_message}
  */
  readonly sendMessage?: boolean | cdktf.IResolvable;
  /**
  * Litmos team ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members#team_id TeamMembers#team_id}
  */
  readonly teamId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members litmos_team_members}
*/
export class TeamMembers extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_team_members";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a TeamMembers resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TeamMembers to import
  * @param importFromId The id of the existing TeamMembers that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TeamMembers to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_team_members", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_members litmos_team_members} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TeamMembersConfig
  */
  public constructor(scope: Construct, id: string, config: TeamMembersConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_team_members',
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
    this._members = config.members;
    this._sendMessage = config.sendMessage;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // members - computed: false, optional: false, required: true
  private _members?: { [key: string]: string }; 
  public get members() {
    return this.getStringMapAttribute('members');
  }
  public set members(value: { [key: string]: string }) {
    this._members = value;
  }
  // Temporarily expose input value. Use with caution.
  public get membersInput() {
    return this._members;
  }

  // removals - computed: true, optional: false, required: false
  public get removals() {
    return this.getListAttribute('removals');
  }

  // send_message - computed: true, optional: true, required: false
  private _sendMessage?: boolean | cdktf.IResolvable; 
  public get sendMessage() {
    return this.getBooleanAttribute('send_message');
  }
  public set sendMessage(value: boolean | cdktf.IResolvable) {
    this._sendMessage = value;
  }
  public resetSendMessage() {
    this._sendMessage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sendMessageInput() {
    return this._sendMessage;
  }

  // team_id - computed: false, optional: false, required: true
  private _teamId?: string; 
  public get teamId() {
    return this.getStringAttribute('team_id');
  }
  public set teamId(value: string) {
    this._teamId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get teamIdInput() {
    return this._teamId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      members: cdktf.hashMapper(cdktf.stringToTerraform)(this._members),
      send_message: cdktf.booleanToTerraform(this._sendMessage),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      members: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._members),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      send_message: {
        value: cdktf.booleanToHclTerraform(this._sendMessage),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      team_id: {
        value: cdktf.stringToHclTerraform(this._teamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
