// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TeamCourseConfig extends cdktf.TerraformMetaArguments {
  /**
  * Litmos course ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course#course_id TeamCourse#course_id}
  */
  readonly courseId: string;
  /**
  * Also assign the course to every sub-team when it is created. Destroy unassigns it from this team only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course#include_subteams TeamCourse#include_subteams}
  */
  readonly includeSubteams?: boolean | cdktf.IResolvable;
  /**
  * Send the Litmos assignment e-mail when the course is assigned. No e-mail by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course#send_message TeamCourse#send_message}
  */
  readonly sendMessage?: boolean | cdktf.IResolvable;
  /**
  * Litmos team ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course#team_id TeamCourse#team_id}
  */
  readonly teamId: string;
  /**
  * `true`: the Team Course Library only; `false` (default): the team's Courses tab. A course can be in both through two resources. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course#team_library TeamCourse#team_library}
  */
  readonly teamLibrary?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course litmos_team_course}
*/
export class TeamCourse extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_team_course";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a TeamCourse resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TeamCourse to import
  * @param importFromId The id of the existing TeamCourse that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TeamCourse to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_team_course", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/team_course litmos_team_course} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TeamCourseConfig
  */
  public constructor(scope: Construct, id: string, config: TeamCourseConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_team_course',
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
    this._courseId = config.courseId;
    this._includeSubteams = config.includeSubteams;
    this._sendMessage = config.sendMessage;
    this._teamId = config.teamId;
    this._teamLibrary = config.teamLibrary;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // course_id - computed: false, optional: false, required: true
  private _courseId?: string; 
  public get courseId() {
    return this.getStringAttribute('course_id');
  }
  public set courseId(value: string) {
    this._courseId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get courseIdInput() {
    return this._courseId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // include_subteams - computed: true, optional: true, required: false
  private _includeSubteams?: boolean | cdktf.IResolvable; 
  public get includeSubteams() {
    return this.getBooleanAttribute('include_subteams');
  }
  public set includeSubteams(value: boolean | cdktf.IResolvable) {
    this._includeSubteams = value;
  }
  public resetIncludeSubteams() {
    this._includeSubteams = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeSubteamsInput() {
    return this._includeSubteams;
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

  // team_library - computed: true, optional: true, required: false
  private _teamLibrary?: boolean | cdktf.IResolvable; 
  public get teamLibrary() {
    return this.getBooleanAttribute('team_library');
  }
  public set teamLibrary(value: boolean | cdktf.IResolvable) {
    this._teamLibrary = value;
  }
  public resetTeamLibrary() {
    this._teamLibrary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get teamLibraryInput() {
    return this._teamLibrary;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      course_id: cdktf.stringToTerraform(this._courseId),
      include_subteams: cdktf.booleanToTerraform(this._includeSubteams),
      send_message: cdktf.booleanToTerraform(this._sendMessage),
      team_id: cdktf.stringToTerraform(this._teamId),
      team_library: cdktf.booleanToTerraform(this._teamLibrary),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      course_id: {
        value: cdktf.stringToHclTerraform(this._courseId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      include_subteams: {
        value: cdktf.booleanToHclTerraform(this._includeSubteams),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      team_library: {
        value: cdktf.booleanToHclTerraform(this._teamLibrary),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
