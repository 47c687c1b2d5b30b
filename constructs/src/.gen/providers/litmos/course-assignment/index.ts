// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CourseAssignmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * Litmos course ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment#course_id CourseAssignment#course_id}
  */
  readonly courseId: string;
  /**
  * Send the Litmos assignment e-mail. Used only when the assignment is created; no e-mail by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment#send_message CourseAssignment#send_message}
  */
  readonly sendMessage?: boolean | cdktf.IResolvable;
  /**
  * Litmos user ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment#user_id CourseAssignment#user_id}
  */
  readonly userId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment litmos_course_assignment}
*/
export class CourseAssignment extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_course_assignment";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CourseAssignment resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CourseAssignment to import
  * @param importFromId The id of the existing CourseAssignment that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CourseAssignment to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_course_assignment", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/course_assignment litmos_course_assignment} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CourseAssignmentConfig
  */
  public constructor(scope: Construct, id: string, config: CourseAssignmentConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_course_assignment',
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
    this._sendMessage = config.sendMessage;
    this._userId = config.userId;
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
      course_id: cdktf.stringToTerraform(this._courseId),
      send_message: cdktf.booleanToTerraform(this._sendMessage),
      user_id: cdktf.stringToTerraform(this._userId),
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
      send_message: {
        value: cdktf.booleanToHclTerraform(this._sendMessage),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
