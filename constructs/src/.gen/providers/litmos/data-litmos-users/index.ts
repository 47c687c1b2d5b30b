// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataLitmosUsersConfig extends cdktf.TerraformMetaArguments {
  /**
  * Also report `disable_messages`, `skip_first_login` and the profile fields of each user (null otherwise). One paged `GET /users/details` listing of the whole organisation, filtered here, which the imports and refreshes of `litmos_user` in the same run then reuse. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users#include_details DataLitmosUsers#include_details}
  */
  readonly includeDetails?: boolean | cdktf.IResolvable;
  /**
  * Also list deactivated users. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users#include_inactive DataLitmosUsers#include_inactive}
  */
  readonly includeInactive?: boolean | cdktf.IResolvable;
  /**
  * Keep only users whose username, first name, last name or e-mail contains this text (case-insensitive). Unset lists every user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users#name_filter DataLitmosUsers#name_filter}
  */
  readonly nameFilter?: string;
}
export interface DataLitmosUsersUsers {
}

export function dataLitmosUsersUsersToTerraform(struct?: DataLitmosUsersUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLitmosUsersUsersToHclTerraform(struct?: DataLitmosUsersUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLitmosUsersUsersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLitmosUsersUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLitmosUsersUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // access_level - computed: true, optional: false, required: false
  public get accessLevel() {
    return this.getStringAttribute('access_level');
  }

  // active - computed: true, optional: false, required: false
  public get active() {
    return this.getBooleanAttribute('active');
  }

  // city - computed: true, optional: false, required: false
  public get city() {
    return this.getStringAttribute('city');
  }

  // company_name - computed: true, optional: false, required: false
  public get companyName() {
    return this.getStringAttribute('company_name');
  }

  // country - computed: true, optional: false, required: false
  public get country() {
    return this.getStringAttribute('country');
  }

  // culture - computed: true, optional: false, required: false
  public get culture() {
    return this.getStringAttribute('culture');
  }

  // custom_field_1 - computed: true, optional: false, required: false
  public get customField1() {
    return this.getStringAttribute('custom_field_1');
  }

  // custom_field_10 - computed: true, optional: false, required: false
  public get customField10() {
    return this.getStringAttribute('custom_field_10');
  }

  // custom_field_2 - computed: true, optional: false, required: false
  public get customField2() {
    return this.getStringAttribute('custom_field_2');
  }

  // custom_field_3 - computed: true, optional: false, required: false
  public get customField3() {
    return this.getStringAttribute('custom_field_3');
  }

  // custom_field_4 - computed: true, optional: false, required: false
  public get customField4() {
    return this.getStringAttribute('custom_field_4');
  }

  // custom_field_5 - computed: true, optional: false, required: false
  public get customField5() {
    return this.getStringAttribute('custom_field_5');
  }

  // custom_field_6 - computed: true, optional: false, required: false
  public get customField6() {
    return this.getStringAttribute('custom_field_6');
  }

  // custom_field_7 - computed: true, optional: false, required: false
  public get customField7() {
    return this.getStringAttribute('custom_field_7');
  }

  // custom_field_8 - computed: true, optional: false, required: false
  public get customField8() {
    return this.getStringAttribute('custom_field_8');
  }

  // custom_field_9 - computed: true, optional: false, required: false
  public get customField9() {
    return this.getStringAttribute('custom_field_9');
  }

  // disable_messages - computed: true, optional: false, required: false
  public get disableMessages() {
    return this.getBooleanAttribute('disable_messages');
  }

  // email - computed: true, optional: false, required: false
  public get email() {
    return this.getStringAttribute('email');
  }

  // first_name - computed: true, optional: false, required: false
  public get firstName() {
    return this.getStringAttribute('first_name');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // job_title - computed: true, optional: false, required: false
  public get jobTitle() {
    return this.getStringAttribute('job_title');
  }

  // last_name - computed: true, optional: false, required: false
  public get lastName() {
    return this.getStringAttribute('last_name');
  }

  // phone_mobile - computed: true, optional: false, required: false
  public get phoneMobile() {
    return this.getStringAttribute('phone_mobile');
  }

  // phone_work - computed: true, optional: false, required: false
  public get phoneWork() {
    return this.getStringAttribute('phone_work');
  }

  // postal_code - computed: true, optional: false, required: false
  public get postalCode() {
    return this.getStringAttribute('postal_code');
  }

  // skip_first_login - computed: true, optional: false, required: false
  public get skipFirstLogin() {
    return this.getBooleanAttribute('skip_first_login');
  }

  // skype - computed: true, optional: false, required: false
  public get skype() {
    return this.getStringAttribute('skype');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // street1 - computed: true, optional: false, required: false
  public get street1() {
    return this.getStringAttribute('street1');
  }

  // street2 - computed: true, optional: false, required: false
  public get street2() {
    return this.getStringAttribute('street2');
  }

  // time_zone - computed: true, optional: false, required: false
  public get timeZone() {
    return this.getStringAttribute('time_zone');
  }

  // twitter - computed: true, optional: false, required: false
  public get twitter() {
    return this.getStringAttribute('twitter');
  }

  // username - computed: true, optional: false, required: false
  public get username() {
    return this.getStringAttribute('username');
  }

  // website - computed: true, optional: false, required: false
  public get website() {
    return this.getStringAttribute('website');
  }
}

export class DataLitmosUsersUsersList extends cdktf.ComplexList {

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
  public get(index: number): DataLitmosUsersUsersOutputReference {
    return new DataLitmosUsersUsersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users litmos_users}
*/
export class DataLitmosUsers extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_users";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataLitmosUsers resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataLitmosUsers to import
  * @param importFromId The id of the existing DataLitmosUsers that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataLitmosUsers to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_users", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/data-sources/users litmos_users} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataLitmosUsersConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataLitmosUsersConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'litmos_users',
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
    this._includeDetails = config.includeDetails;
    this._includeInactive = config.includeInactive;
    this._nameFilter = config.nameFilter;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // include_details - computed: false, optional: true, required: false
  private _includeDetails?: boolean | cdktf.IResolvable; 
  public get includeDetails() {
    return this.getBooleanAttribute('include_details');
  }
  public set includeDetails(value: boolean | cdktf.IResolvable) {
    this._includeDetails = value;
  }
  public resetIncludeDetails() {
    this._includeDetails = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeDetailsInput() {
    return this._includeDetails;
  }

  // include_inactive - computed: true, optional: true, required: false
  private _includeInactive?: boolean | cdktf.IResolvable; 
  public get includeInactive() {
    return this.getBooleanAttribute('include_inactive');
  }
  public set includeInactive(value: boolean | cdktf.IResolvable) {
    this._includeInactive = value;
  }
  public resetIncludeInactive() {
    this._includeInactive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInactiveInput() {
    return this._includeInactive;
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

  // users - computed: true, optional: false, required: false
  private _users = new DataLitmosUsersUsersList(this, "users", false);
  public get users() {
    return this._users;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      include_details: cdktf.booleanToTerraform(this._includeDetails),
      include_inactive: cdktf.booleanToTerraform(this._includeInactive),
      name_filter: cdktf.stringToTerraform(this._nameFilter),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      include_details: {
        value: cdktf.booleanToHclTerraform(this._includeDetails),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      include_inactive: {
        value: cdktf.booleanToHclTerraform(this._includeInactive),
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
