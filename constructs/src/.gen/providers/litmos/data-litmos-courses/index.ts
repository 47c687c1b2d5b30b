// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/courses
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataLitmosCoursesConfig extends cdktf.TerraformMetaArguments {
  /**
  * Also list the users each course is assigned to (one call per course; the imports and reads of `litmos_course_assignment` in the same run reuse them). Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/courses#include_assignments DataLitmosCourses#include_assignments}
  */
  readonly includeAssignments?: boolean | cdktf.IResolvable;
  /**
  * Keep only courses whose name contains this text (case-insensitive). Unset lists every course.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/courses#name_filter DataLitmosCourses#name_filter}
  */
  readonly nameFilter?: string;
}
export interface DataLitmosCoursesCourses {
}

export function dataLitmosCoursesCoursesToTerraform(struct?: DataLitmosCoursesCourses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLitmosCoursesCoursesToHclTerraform(struct?: DataLitmosCoursesCourses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLitmosCoursesCoursesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataLitmosCoursesCourses | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLitmosCoursesCourses | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // active - computed: true, optional: false, required: false
  public get active() {
    return this.getBooleanAttribute('active');
  }

  // assigned_user_ids - computed: true, optional: false, required: false
  public get assignedUserIds() {
    return this.getListAttribute('assigned_user_ids');
  }

  // code - computed: true, optional: false, required: false
  public get code() {
    return this.getStringAttribute('code');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}

export class DataLitmosCoursesCoursesList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataLitmosCoursesCoursesOutputReference {
    return new DataLitmosCoursesCoursesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/courses litmos_courses}
*/
export class DataLitmosCourses extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_courses";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataLitmosCourses resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataLitmosCourses to import
  * @param importFromId The id of the existing DataLitmosCourses that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/courses#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataLitmosCourses to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_courses", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/courses litmos_courses} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataLitmosCoursesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataLitmosCoursesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'litmos_courses',
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
    this._includeAssignments = config.includeAssignments;
    this._nameFilter = config.nameFilter;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // courses - computed: true, optional: false, required: false
  private _courses = new DataLitmosCoursesCoursesList(this, "courses", false);
  public get courses() {
    return this._courses;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // include_assignments - computed: false, optional: true, required: false
  private _includeAssignments?: boolean | cdktf.IResolvable; 
  public get includeAssignments() {
    return this.getBooleanAttribute('include_assignments');
  }
  public set includeAssignments(value: boolean | cdktf.IResolvable) {
    this._includeAssignments = value;
  }
  public resetIncludeAssignments() {
    this._includeAssignments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeAssignmentsInput() {
    return this._includeAssignments;
  }

  // name_filter - computed: false, optional: true, required: false
  private _nameFilter?: string; 
  public get nameFilter() {
    return this.getStringAttribute('name_filter');
  }
  public set nameFilter(value: string) {
    this._nameFilter = value;
  }
  public resetNameFilter() {
    this._nameFilter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameFilterInput() {
    return this._nameFilter;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      include_assignments: cdktf.booleanToTerraform(this._includeAssignments),
      name_filter: cdktf.stringToTerraform(this._nameFilter),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      include_assignments: {
        value: cdktf.booleanToHclTerraform(this._includeAssignments),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name_filter: {
        value: cdktf.stringToHclTerraform(this._nameFilter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
